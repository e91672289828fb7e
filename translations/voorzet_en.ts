<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertListModel</name>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>Stop %1</source>
        <translation>Stop %1</translation>
    </message>
    <message>
        <source>Stop %1 (%2, %3)</source>
        <translation>Stop %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Snow</source>
        <translation>Snow</translation>
    </message>
    <message>
        <source>Ice</source>
        <translation>Ice</translation>
    </message>
    <message>
        <source>Storm</source>
        <translation>Storm</translation>
    </message>
    <message>
        <source>Fog</source>
        <translation>Fog</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Heat</translation>
    </message>
    <message>
        <source>code red</source>
        <translation>code red</translation>
    </message>
    <message>
        <source>code orange</source>
        <translation>code orange</translation>
    </message>
    <message>
        <source>code yellow</source>
        <translation>code yellow</translation>
    </message>
    <message>
        <source>Late for window</source>
        <translation>Late for window</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>No contact</translation>
    </message>
    <message>
        <source>Long stop</source>
        <translation>Long stop</translation>
    </message>
    <message>
        <source>Failed delivery</source>
        <translation>Failed delivery</translation>
    </message>
    <message>
        <source>Weather warning</source>
        <translation>Weather warning</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Severe</translation>
    </message>
    <message numerus="yes">
        <source>%1 expected at %2, %n min after its window (%3–%4)</source>
        <translation>
            <numerusform>%1 expected at %2, %n min after its window (%3–%4)</numerusform>
            <numerusform>%1 expected at %2, %n min after its window (%3–%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) left</source>
        <translation>
            <numerusform>%n stop left</numerusform>
            <numerusform>%n stops left</numerusform>
        </translation>
    </message>
    <message>
        <source>Van %1 broke down at %2, repair expected to take %3 min; %4</source>
        <translation>Van %1 broke down at %2, repair expected to take %3 min; %4</translation>
    </message>
    <message>
        <source>Van %1 broke down at %2; %3</source>
        <translation>Van %1 broke down at %2; %3</translation>
    </message>
    <message numerus="yes">
        <source>Van %1 silent since %2 (%n min)</source>
        <translation>
            <numerusform>Van %1 silent since %2 (%n min)</numerusform>
            <numerusform>Van %1 silent since %2 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has taken %2 min so far, %3 min planned</source>
        <translation>%1 has taken %2 min so far, %3 min planned</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1: %2 at %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) %3–%4 covers %n stop(s)</source>
        <translation>
            <numerusform>%1 (%2) %3–%4 covers %n stop</numerusform>
            <numerusform>%1 (%2) %3–%4 covers %n stops</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleared at %1</source>
        <translation>Cleared at %1</translation>
    </message>
    <message>
        <source>Resolved by %1 at %2</source>
        <translation>Resolved by %1 at %2</translation>
    </message>
    <message>
        <source>Seen by %1 at %2</source>
        <translation>Seen by %1 at %2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Most severe first</source>
        <translation>Most severe first</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>How the alerts are ordered</source>
        <translation>How the alerts are ordered</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Show resolved</translation>
    </message>
    <message>
        <source>Also show the alerts resolved or cleared in the last 12 hours</source>
        <translation>Also show the alerts resolved or cleared in the last 12 hours</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>Acknowledge: you have seen this alert and take it on (Space)</source>
        <translation>Acknowledge: you have seen this alert and take it on (Space)</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>Resolve the alert with a note on what was done</source>
        <translation>Resolve the alert with a note on what was done</translation>
    </message>
    <message>
        <source>Show route</source>
        <translation>Show route</translation>
    </message>
    <message>
        <source>Select the alert&apos;s route and stop (Enter or double-click)</source>
        <translation>Select the alert&apos;s route and stop (Enter or double-click)</translation>
    </message>
    <message>
        <source>Resolve alert</source>
        <translation>Resolve alert</translation>
    </message>
    <message>
        <source>%1
%2

What was done?</source>
        <translation>%1
%2

What was done?</translation>
    </message>
    <message>
        <source>No open alerts</source>
        <translation>No open alerts</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n open alert</numerusform>
            <numerusform>%n open alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <source>Rescue stops…</source>
        <translation>Rescue stops…</translation>
    </message>
    <message>
        <source>Spread the broken-down van&apos;s remaining stops over other vans</source>
        <translation>Spread the broken-down van&apos;s remaining stops over other vans</translation>
    </message>
    <message>
        <source>Move the stop to another day and window</source>
        <translation>Move the stop to another day and window</translation>
    </message>
    <message>
        <source>Notify customers…</source>
        <translation>Notify customers…</translation>
    </message>
    <message>
        <source>Tell every customer of the route still waiting what happened and what comes next (an overmacht incident)</source>
        <translation>Tell every customer of the route still waiting what happened and what comes next (an overmacht incident)</translation>
    </message>
    <message>
        <source>Tell this customer what happened and what comes next (an overmacht incident)</source>
        <translation>Tell this customer what happened and what comes next (an overmacht incident)</translation>
    </message>
</context>
<context>
    <name>ChangePreviewView</name>
    <message>
        <source>Route / stop</source>
        <translation>Route / stop</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>ETA before</source>
        <translation>ETA before</translation>
    </message>
    <message>
        <source>ETA after</source>
        <translation>ETA after</translation>
    </message>
    <message>
        <source>Window kept</source>
        <translation>Window kept</translation>
    </message>
    <message>
        <source>+km</source>
        <translation>+km</translation>
    </message>
    <message>
        <source>+min</source>
        <translation>+min</translation>
    </message>
    <message>
        <source>Arrival by the road estimate with the plan as it is</source>
        <translation>Arrival by the road estimate with the plan as it is</translation>
    </message>
    <message>
        <source>Arrival by the road estimate after the change</source>
        <translation>Arrival by the road estimate after the change</translation>
    </message>
    <message>
        <source>Kilometres the change adds to the route (negative: saves)</source>
        <translation>Kilometres the change adds to the route (negative: saves)</translation>
    </message>
    <message>
        <source>Driving minutes the change adds to the route</source>
        <translation>Driving minutes the change adds to the route</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) to go</source>
        <translation>
            <numerusform>%n stop to go</numerusform>
            <numerusform>%n stops to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n received</source>
        <translation>
            <numerusform>, %n received</numerusform>
            <numerusform>, %n received</numerusform>
        </translation>
    </message>
    <message>
        <source>back at the hub</source>
        <translation>back at the hub</translation>
    </message>
    <message>
        <source>back after the working day</source>
        <translation>back after the working day</translation>
    </message>
    <message>
        <source>%1 kept, %2 broken</source>
        <translation>%1 kept, %2 broken</translation>
    </message>
    <message>
        <source>Before the change: %1 kept, %2 broken</source>
        <translation>Before the change: %1 kept, %2 broken</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>broken</translation>
    </message>
    <message>
        <source>The van arrives after the promised window</source>
        <translation>The van arrives after the promised window</translation>
    </message>
    <message>
        <source>Received from route %1</source>
        <translation>Received from route %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Run with --help to see the usage.</source>
        <translation>Run with --help to see the usage.</translation>
    </message>
    <message>
        <source>The SQLite database file (default: %1).</source>
        <translation>The SQLite database file (default: %1).</translation>
    </message>
    <message>
        <source>Write or serve a simulated day in the feed format.</source>
        <translation>Write or serve a simulated day in the feed format.</translation>
    </message>
    <message>
        <source>Apply a feed (file or -) to a database.</source>
        <translation>Apply a feed (file or -) to a database.</translation>
    </message>
    <message>
        <source>Print every route&apos;s state, progress and delay.</source>
        <translation>Print every route&apos;s state, progress and delay.</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>Usage: %1 &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for its options.</source>
        <translation>Run &apos;%1 &lt;command&gt; --help&apos; for its options.</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation>error: unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Import, search and follow up reviews; themes of a text.</source>
        <translation>Import, search and follow up reviews; themes of a text.</translation>
    </message>
    <message>
        <source>Raise and list the open alerts; acknowledge or resolve one.</source>
        <translation>Raise and list the open alerts; acknowledge or resolve one.</translation>
    </message>
    <message>
        <source>Replay a feed and print every pending stop&apos;s ETA and band every interval.</source>
        <translation>Replay a feed and print every pending stop&apos;s ETA and band every interval.</translation>
    </message>
    <message>
        <source>Solve a Solomon-format routing instance and check the plan.</source>
        <translation>Solve a Solomon-format routing instance and check the plan.</translation>
    </message>
    <message>
        <source>Create an overmacht incident and queue its customer messages; list incidents.</source>
        <translation>Create an overmacht incident and queue its customer messages; list incidents.</translation>
    </message>
    <message>
        <source>List the notice outbox; deliver it to the gateway; export the failed.</source>
        <translation>List the notice outbox; deliver it to the gateway; export the failed.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Propose how a broken-down van&apos;s stops are spread over other vans, as JSON.</source>
        <translation>Propose how a broken-down van&apos;s stops are spread over other vans, as JSON.</translation>
    </message>
</context>
<context>
    <name>ClientFeedback</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>all reviews</source>
        <translation>all reviews</translation>
    </message>
    <message>
        <source>Customer feedback for %1</source>
        <translation>Customer feedback for %1</translation>
    </message>
    <message>
        <source>Reviews whose cause lay with the product or the order (%1): %2. Made on %3.</source>
        <translation>Reviews whose cause lay with the product or the order (%1): %2. Made on %3.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>ClientFeedbackView</name>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Clients with feedback:</source>
        <translation>Clients with feedback:</translation>
    </message>
    <message>
        <source>Reviews whose cause was marked as the client&apos;s (wrong colour, wrong model, missing parts), to send to the client.</source>
        <translation>Reviews whose cause was marked as the client&apos;s (wrong colour, wrong model, missing parts), to send to the client.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No client feedback yet</source>
        <translation>No client feedback yet</translation>
    </message>
    <message>
        <source>Feedback for %1</source>
        <translation>Feedback for %1</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
    <message>
        <source>Export client feedback as CSV</source>
        <translation>Export client feedback as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Client feedback written to %1.</source>
        <translation>Client feedback written to %1.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Export client feedback as PDF</source>
        <translation>Export client feedback as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CrewsBoard</name>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>&amp;Late only</source>
        <translation>&amp;Late only</translation>
    </message>
    <message>
        <source>Search route, crew, van, hub or next stop</source>
        <translation>Search route, crew, van, hub or next stop</translation>
    </message>
    <message>
        <source>Delivery day</source>
        <translation>Delivery day</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Route state</source>
        <translation>Route state</translation>
    </message>
    <message numerus="yes">
        <source>Only routes %n or more minutes behind their plan</source>
        <translation>
            <numerusform>Only routes %n or more minutes behind their plan</numerusform>
            <numerusform>Only routes %n or more minutes behind their plan</numerusform>
        </translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>All hubs</source>
        <translation>All hubs</translation>
    </message>
    <message>
        <source>No routes for this day yet. They appear as soon as the plan arrives from the feed.</source>
        <translation>No routes for this day yet. They appear as soon as the plan arrives from the feed.</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n route</numerusform>
            <numerusform>%n routes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n route(s) shown</source>
        <translation>
            <numerusform>%1 of %n route shown</numerusform>
            <numerusform>%1 of %n routes shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken down</source>
        <translation>
            <numerusform>%n broken down</numerusform>
            <numerusform>%n broken down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without contact</source>
        <translation>
            <numerusform>%n without contact</numerusform>
            <numerusform>%n without contact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>text after the closing quote of field %1</source>
        <translation>text after the closing quote of field %1</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>a quoted field is not closed before the end of the file</translation>
    </message>
    <message>
        <source>the row is not valid UTF-8 text</source>
        <translation>the row is not valid UTF-8 text</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>No database file was given.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Cannot create the folder %1 for the database.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare a statement: %1
%2</source>
        <translation>Cannot prepare a statement: %1
%2</translation>
    </message>
    <message>
        <source>A statement failed: %1
%2</source>
        <translation>A statement failed: %1
%2</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Cannot commit: %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Cannot read the schema version: %1</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 before upgrading the database: %2</source>
        <translation>Cannot write the backup %1 before upgrading the database: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Voorzet (schema version %2; this version understands up to %3). Open it with a newer Voorzet, or choose another database.</source>
        <translation>The database %1 was written by a newer version of Voorzet (schema version %2; this version understands up to %3). Open it with a newer Voorzet, or choose another database.</translation>
    </message>
    <message>
        <source>Cannot read the tables of the database: %1</source>
        <translation>Cannot read the tables of the database: %1</translation>
    </message>
</context>
<context>
    <name>DayServer</name>
    <message>
        <source>Client connected from %1 (%2 past events sent)</source>
        <translation>Client connected from %1 (%2 past events sent)</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Driving</translation>
    </message>
    <message>
        <source>At a stop</source>
        <translation>At a stop</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>On a break</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>No contact</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Not home</source>
        <translation>Not home</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Wrong product</source>
        <translation>Wrong product</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>deliver</source>
        <translation>deliver</translation>
    </message>
    <message>
        <source>place in room</source>
        <translation>place in room</translation>
    </message>
    <message>
        <source>install</source>
        <translation>install</translation>
    </message>
    <message>
        <source>assemble</source>
        <translation>assemble</translation>
    </message>
    <message>
        <source>take back old</source>
        <translation>take back old</translation>
    </message>
    <message>
        <source>ID check</source>
        <translation>ID check</translation>
    </message>
    <message>
        <source>Washing machine</source>
        <translation>Washing machine</translation>
    </message>
    <message>
        <source>Dryer</source>
        <translation>Dryer</translation>
    </message>
    <message>
        <source>Dishwasher</source>
        <translation>Dishwasher</translation>
    </message>
    <message>
        <source>Fridge</source>
        <translation>Fridge</translation>
    </message>
    <message>
        <source>Freezer</source>
        <translation>Freezer</translation>
    </message>
    <message>
        <source>Sofa</source>
        <translation>Sofa</translation>
    </message>
    <message>
        <source>Mattress</source>
        <translation>Mattress</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Bed</translation>
    </message>
    <message>
        <source>E-bike</source>
        <translation>E-bike</translation>
    </message>
    <message>
        <source>Wardrobe</source>
        <translation>Wardrobe</translation>
    </message>
    <message>
        <source>Oven</source>
        <translation>Oven</translation>
    </message>
    <message>
        <source>Television</source>
        <translation>Television</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>Cabinet</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>the line is longer than 1 MiB</source>
        <translation>the line is longer than 1 MiB</translation>
    </message>
    <message>
        <source>the line is not valid JSON at byte %1: %2</source>
        <translation>the line is not valid JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>the line is not a JSON object</source>
        <translation>the line is not a JSON object</translation>
    </message>
    <message>
        <source>has a field name with an unescaped control character &quot;%1&quot; at byte %2; JSON strings must escape it</source>
        <translation>has a field name with an unescaped control character &quot;%1&quot; at byte %2; JSON strings must escape it</translation>
    </message>
    <message>
        <source>contains an unescaped control character &quot;%1&quot; at byte %2; JSON strings must escape it</source>
        <translation>contains an unescaped control character &quot;%1&quot; at byte %2; JSON strings must escape it</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must have at least %1 characters</source>
        <translation>must have at least %1 characters</translation>
    </message>
    <message>
        <source>must have at most %1 characters</source>
        <translation>must have at most %1 characters</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>is out of range (%1 to %2)</source>
        <translation>is out of range (%1 to %2)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be an RFC 3339 timestamp string</source>
        <translation>must be an RFC 3339 timestamp string</translation>
    </message>
    <message>
        <source>is not an RFC 3339 timestamp with offset: &quot;%1&quot;</source>
        <translation>is not an RFC 3339 timestamp with offset: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>must be an array</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; is not one of: %2</translation>
    </message>
    <message>
        <source>ends before the window starts</source>
        <translation>ends before the window starts</translation>
    </message>
    <message>
        <source>must be a [lon, lat] pair of numbers</source>
        <translation>must be a [lon, lat] pair of numbers</translation>
    </message>
    <message>
        <source>is outside the earth&apos;s coordinates</source>
        <translation>is outside the earth&apos;s coordinates</translation>
    </message>
    <message>
        <source>is not a date in the form YYYY-MM-DD</source>
        <translation>is not a date in the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in the plan</source>
        <translation>&quot;%1&quot; appears twice in the plan</translation>
    </message>
    <message>
        <source>%1 appears twice in the plan</source>
        <translation>%1 appears twice in the plan</translation>
    </message>
    <message>
        <source>ends before the warning starts</source>
        <translation>ends before the warning starts</translation>
    </message>
    <message>
        <source>must hold four numbers: min_lon, min_lat, max_lon, max_lat</source>
        <translation>must hold four numbers: min_lon, min_lat, max_lon, max_lat</translation>
    </message>
    <message>
        <source>is not a valid box (min_lon, min_lat, max_lon, max_lat)</source>
        <translation>is not a valid box (min_lon, min_lat, max_lon, max_lat)</translation>
    </message>
    <message>
        <source>must be 1 to 4 digits</source>
        <translation>must be 1 to 4 digits</translation>
    </message>
    <message>
        <source>must have either &quot;bbox&quot; or &quot;postcodes&quot;</source>
        <translation>must have either &quot;bbox&quot; or &quot;postcodes&quot;</translation>
    </message>
    <message>
        <source>must be 1 (this is feed version 1)</source>
        <translation>must be 1 (this is feed version 1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known event type</source>
        <translation>&quot;%1&quot; is not a known event type</translation>
    </message>
</context>
<context>
    <name>FeedSource</name>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>connection closed</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1; trying again in %2 s</translation>
    </message>
</context>
<context>
    <name>GatewayConfig</name>
    <message>
        <source>The gateway address is not a valid URL.</source>
        <translation>The gateway address is not a valid URL.</translation>
    </message>
    <message>
        <source>The gateway address must use https (plain http only to this computer).</source>
        <translation>The gateway address must use https (plain http only to this computer).</translation>
    </message>
    <message>
        <source>No gateway address: set it in the settings or in VOORZET_GATEWAY_URL.</source>
        <translation>No gateway address: set it in the settings or in VOORZET_GATEWAY_URL.</translation>
    </message>
    <message>
        <source>The system keychain did not answer; set VOORZET_GATEWAY_SECRET instead.</source>
        <translation>The system keychain did not answer; set VOORZET_GATEWAY_SECRET instead.</translation>
    </message>
    <message>
        <source>No gateway secret in the system keychain (%1); set it in the settings or in VOORZET_GATEWAY_SECRET.</source>
        <translation>No gateway secret in the system keychain (%1); set it in the settings or in VOORZET_GATEWAY_SECRET.</translation>
    </message>
    <message>
        <source>This build has no keychain support; set VOORZET_GATEWAY_SECRET.</source>
        <translation>This build has no keychain support; set VOORZET_GATEWAY_SECRET.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>The system keychain did not answer.</translation>
    </message>
    <message>
        <source>This build has no keychain support.</source>
        <translation>This build has no keychain support.</translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation>no keychain service answered</translation>
    </message>
    <message>
        <source>the system keychain did not answer</source>
        <translation>the system keychain did not answer</translation>
    </message>
    <message>
        <source>this build has no keychain support</source>
        <translation>this build has no keychain support</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>Voorzet: the console of the driver-support desk.</source>
        <translation>Voorzet: the console of the driver-support desk.</translation>
    </message>
    <message>
        <source>Open a fresh demo database with a simulated day running live.</source>
        <translation>Open a fresh demo database with a simulated day running live.</translation>
    </message>
    <message>
        <source>Follow a feed: a file (followed as it grows), - for standard input, or a ws:// address.</source>
        <translation>Follow a feed: a file (followed as it grows), - for standard input, or a ws:// address.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>The SQLite database file.</source>
        <translation>The SQLite database file.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>The language of this run: nl or en.</source>
        <translation>The language of this run: nl or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Demo: the simulator&apos;s seed (default 1).</source>
        <translation>Demo: the simulator&apos;s seed (default 1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Demo: the number of vans (default 60).</source>
        <translation>Demo: the number of vans (default 60).</translation>
    </message>
    <message>
        <source>Demo: how many times faster than real time (default 10).</source>
        <translation>Demo: how many times faster than real time (default 10).</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Demo: the time of day the simulation starts at (HH:MM).</source>
        <translation>Demo: the time of day the simulation starts at (HH:MM).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>Demo: the simulated day (default today).</source>
        <translation>Demo: the simulated day (default today).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--lang takes nl or en, not &quot;%1&quot;.</source>
        <translation>--lang takes nl or en, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--demo and --feed cannot be used together.</source>
        <translation>--demo and --feed cannot be used together.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--speed takes a number above 0 and at most 3600, not &quot;%1&quot;.</source>
        <translation>--speed takes a number above 0 and at most 3600, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--start takes a time as HH:MM, not &quot;%1&quot;.</source>
        <translation>--start takes a time as HH:MM, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--date takes a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date takes a day as YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed, --vans, --speed, --start and --date only apply with --demo.</source>
        <translation>--seed, --vans, --speed, --start and --date only apply with --demo.</translation>
    </message>
    <message>
        <source>Voorzet</source>
        <translation>Voorzet</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2</source>
        <translation>The database %1 cannot be opened.

%2</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>For the desk; not sent to customers</source>
        <translation>For the desk; not sent to customers</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stops</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>Hubs</source>
        <translation>Hubs</translation>
    </message>
    <message>
        <source>Postcode prefixes</source>
        <translation>Postcode prefixes</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Time range</translation>
    </message>
    <message>
        <source>Show affected</source>
        <translation>Show affected</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Select a customer to see and edit their message</source>
        <translation>Select a customer to see and edit their message</translation>
    </message>
    <message>
        <source>Queue messages</source>
        <translation>Queue messages</translation>
    </message>
    <message>
        <source>none: call</source>
        <translation>none: call</translation>
    </message>
    <message numerus="yes">
        <source>%n affected stops</source>
        <translation>
            <numerusform>%n affected stops</numerusform>
            <numerusform>%n affected stops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n messages</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the incident a scope: stops, routes, hubs, postcode prefixes or an area.</source>
        <translation>Give the incident a scope: stops, routes, hubs, postcode prefixes or an area.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message numerus="yes">
        <source>%n corners drawn on the map</source>
        <translation>
            <numerusform>%n corner drawn on the map</numerusform>
            <numerusform>%n corners drawn on the map</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Confirm the proposed incident</source>
        <translation>Confirm the proposed incident</translation>
    </message>
    <message>
        <source>This proposal was dismissed meanwhile (by %1); nothing was queued.</source>
        <translation>This proposal was dismissed meanwhile (by %1); nothing was queued.</translation>
    </message>
    <message>
        <source>The messages name neither a phone number nor an email address: fill in at least one under File › Settings › Notices before queueing.</source>
        <translation>The messages name neither a phone number nor an email address: fill in at least one under File › Settings › Notices before queueing.</translation>
    </message>
    <message>
        <source>Told before</source>
        <translation>Told before</translation>
    </message>
    <message>
        <source>A message about this stop from another incident: queued, sent or failed</source>
        <translation>A message about this stop from another incident: queued, sent or failed</translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n told before by another incident</source>
        <translation>
            <numerusform>%n told before by another incident</numerusform>
            <numerusform>%n told before by another incident</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what happened…</source>
        <translation>Choose what happened…</translation>
    </message>
    <message>
        <source>Choose what happened first: it decides the message every customer gets.</source>
        <translation>Choose what happened first: it decides the message every customer gets.</translation>
    </message>
    <message>
        <source>Choose what happened: it decides the message every customer gets.</source>
        <translation>Choose what happened: it decides the message every customer gets.</translation>
    </message>
    <message>
        <source>Chosen from the situation: %1</source>
        <translation>Chosen from the situation: %1</translation>
    </message>
    <message>
        <source>Choose what happened to see each customer&apos;s message</source>
        <translation>Choose what happened to see each customer&apos;s message</translation>
    </message>
</context>
<context>
    <name>LiveFeed</name>
    <message>
        <source>The feed could not be stored: %1</source>
        <translation>The feed could not be stored: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No feed</source>
        <translation>No feed</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Waiting for data</source>
        <translation>Waiting for data</translation>
    </message>
    <message>
        <source>Feed ended</source>
        <translation>Feed ended</translation>
    </message>
    <message>
        <source>Feed failed</source>
        <translation>Feed failed</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>The feed could not be applied: %1</source>
        <translation>The feed could not be applied: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or resume the simulated clock (F6)</source>
        <translation>Pause or resume the simulated clock (F6)</translation>
    </message>
    <message>
        <source>Run the simulated day in real time (%1)</source>
        <translation>Run the simulated day in real time (%1)</translation>
    </message>
    <message>
        <source>Run the simulated day %1 times as fast (%2)</source>
        <translation>Run the simulated day %1 times as fast (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Follow a feed &amp;file…</source>
        <translation>Follow a feed &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Connect to a feed…</source>
        <translation>&amp;Connect to a feed…</translation>
    </message>
    <message>
        <source>&amp;Stop following the feed</source>
        <translation>&amp;Stop following the feed</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Search the crews board</source>
        <translation>&amp;Search the crews board</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Reset the layout</source>
        <translation>&amp;Reset the layout</translation>
    </message>
    <message>
        <source>Si&amp;mulation</source>
        <translation>Si&amp;mulation</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Simulated day:</source>
        <translation>Simulated day:</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Voorzet</source>
        <translation>&amp;About Voorzet</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Feed events applied per second</source>
        <translation>Feed events applied per second</translation>
    </message>
    <message>
        <source>Events the feed sent that could not be applied; they are kept with their reason</source>
        <translation>Events the feed sent that could not be applied; they are kept with their reason</translation>
    </message>
    <message>
        <source>The operation&apos;s clock</source>
        <translation>The operation&apos;s clock</translation>
    </message>
    <message>
        <source>No feed is followed</source>
        <translation>No feed is followed</translation>
    </message>
    <message>
        <source>Feed: %1</source>
        <translation>Feed: %1</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(paused)</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 events/s</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The new database is opened at the next start.</source>
        <translation>The new database is opened at the next start.</translation>
    </message>
    <message>
        <source>Follow a feed file</source>
        <translation>Follow a feed file</translation>
    </message>
    <message>
        <source>Feed files (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>Feed files (*.jsonl *.ndjson *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>Following %1</translation>
    </message>
    <message>
        <source>Connect to a feed</source>
        <translation>Connect to a feed</translation>
    </message>
    <message>
        <source>WebSocket address of the feed:</source>
        <translation>WebSocket address of the feed:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a WebSocket address. It starts with ws:// or wss://, for example ws://127.0.0.1:8765.</source>
        <translation>&quot;%1&quot; is not a WebSocket address. It starts with ws:// or wss://, for example ws://127.0.0.1:8765.</translation>
    </message>
    <message>
        <source>About Voorzet</source>
        <translation>About Voorzet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Voorzet %1&lt;/h3&gt;&lt;p&gt;The console of the driver-support desk: live routes, crews and ETAs, rescheduling, force majeure notices and customer reviews.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Feed: %3&lt;/p&gt;&lt;p&gt;Built with Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Voorzet %1&lt;/h3&gt;&lt;p&gt;The console of the driver-support desk: live routes, crews and ETAs, rescheduling, force majeure notices and customer reviews.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Feed: %3&lt;/p&gt;&lt;p&gt;Built with Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The layout is back to its defaults; column widths follow at the next start.</source>
        <translation>The layout is back to its defaults; column widths follow at the next start.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>The reviews could not be opened: %1</source>
        <translation>The reviews could not be opened: %1</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>No alerts</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alerts (%1)</translation>
    </message>
    <message>
        <source>Voorzet</source>
        <translation>Voorzet</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation>&amp;Notices</translation>
    </message>
    <message>
        <source>New &amp;overmacht incident…</source>
        <translation>New &amp;overmacht incident…</translation>
    </message>
    <message>
        <source>Show the &amp;outbox</source>
        <translation>Show the &amp;outbox</translation>
    </message>
    <message>
        <source>Open alerts; F4 shows the alerts panel</source>
        <translation>Open alerts; F4 shows the alerts panel</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>New incident for an &amp;area on the map…</source>
        <translation>New incident for an &amp;area on the map…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n alert(s)</source>
        <translation>
            <numerusform>%1 · %n alert</numerusform>
            <numerusform>%1 · %n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Vans</source>
        <translation>Vans</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stops</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Planned routes</source>
        <translation>Planned routes</translation>
    </message>
    <message>
        <source>Driven paths</source>
        <translation>Driven paths</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stops</translation>
    </message>
    <message>
        <source>Vans</source>
        <translation>Vans</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Choose what the map shows</source>
        <translation>Choose what the map shows</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show the selected route whole, or everything</source>
        <translation>Show the selected route whole, or everything</translation>
    </message>
    <message>
        <source>Follow van</source>
        <translation>Follow van</translation>
    </message>
    <message>
        <source>Keep the selected route&apos;s van in the middle of the map</source>
        <translation>Keep the selected route&apos;s van in the middle of the map</translation>
    </message>
    <message>
        <source>Only selected route</source>
        <translation>Only selected route</translation>
    </message>
    <message>
        <source>Hide the other routes, their stops and vans</source>
        <translation>Hide the other routes, their stops and vans</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom out (−)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Selected route</source>
        <translation>Selected route</translation>
    </message>
    <message>
        <source>Hubs</source>
        <translation>Hubs</translation>
    </message>
    <message>
        <source>Basemap: Natural Earth, GeoNames</source>
        <translation>Basemap: Natural Earth, GeoNames</translation>
    </message>
    <message>
        <source>Map tiles © OpenStreetMap contributors</source>
        <translation>Map tiles © OpenStreetMap contributors</translation>
    </message>
    <message>
        <source>tile server unavailable, offline basemap shown</source>
        <translation>tile server unavailable, offline basemap shown</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message numerus="yes">
        <source>%n route(s) today</source>
        <translation>
            <numerusform>%n route today</numerusform>
            <numerusform>%n routes today</numerusform>
        </translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Crew</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Delay</translation>
    </message>
    <message numerus="yes">
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min behind</numerusform>
            <numerusform>%n min behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min ahead</numerusform>
            <numerusform>%n min ahead</numerusform>
        </translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>%1 of %2 stops</source>
        <translation>%1 of %2 stops</translation>
    </message>
    <message>
        <source>Next stop</source>
        <translation>Next stop</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>%1, stop %2</source>
        <translation>%1, stop %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>return visit %1</source>
        <translation>return visit %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n stop(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n stop&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n stops&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n van(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n van&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n vans&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Click to zoom in</translation>
    </message>
    <message numerus="yes">
        <source>%n min after the window</source>
        <translation>
            <numerusform>%n min after the window</numerusform>
            <numerusform>%n min after the window</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>MoveStopsDialog</name>
    <message>
        <source>Move stops to another van</source>
        <translation>Move stops to another van</translation>
    </message>
    <message>
        <source>%1  %2, %3  (route %4, window %5–%6)</source>
        <translation>%1  %2, %3  (route %4, window %5–%6)</translation>
    </message>
    <message>
        <source>Choose a van</source>
        <translation>Choose a van</translation>
    </message>
    <message>
        <source>The route of today that takes the stops</source>
        <translation>The route of today that takes the stops</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Why the stops change van (optional)</source>
        <translation>Why the stops change van (optional)</translation>
    </message>
    <message>
        <source>&amp;To van:</source>
        <translation>&amp;To van:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Effect on the routes:</source>
        <translation>Effect on the routes:</translation>
    </message>
    <message>
        <source>Choose the van that takes the stops.</source>
        <translation>Choose the van that takes the stops.</translation>
    </message>
    <message>
        <source>Windows kept: %1 before, %2 after (%3 broken). Driving: %4 km, %5 min.</source>
        <translation>Windows kept: %1 before, %2 after (%3 broken). Driving: %4 km, %5 min.</translation>
    </message>
    <message>
        <source>Back after the crew&apos;s working day: %1.</source>
        <translation>Back after the crew&apos;s working day: %1.</translation>
    </message>
</context>
<context>
    <name>NoticeActions</name>
    <message>
        <source>Messages the gateway refused or that could not be delivered; retry or export them in the outbox</source>
        <translation>Messages the gateway refused or that could not be delivered; retry or export them in the outbox</translation>
    </message>
    <message>
        <source>No gateway is set up yet.</source>
        <translation>No gateway is set up yet.</translation>
    </message>
    <message>
        <source>No gateway is set up.</source>
        <translation>No gateway is set up.</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>The outbox could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) failed</source>
        <translation>
            <numerusform>%n notice failed</numerusform>
            <numerusform>%n notices failed</numerusform>
        </translation>
    </message>
    <message>
        <source>The incident&apos;s messages are queued and being sent.</source>
        <translation>The incident&apos;s messages are queued and being sent.</translation>
    </message>
    <message>
        <source>The incident&apos;s messages are queued; they wait for a gateway to be set in the settings.</source>
        <translation>The incident&apos;s messages are queued; they wait for a gateway to be set in the settings.</translation>
    </message>
    <message>
        <source>Drawing an area: click its corners · double-click or Enter closes it · Backspace takes a corner back · Esc cancels</source>
        <translation>Drawing an area: click its corners · double-click or Enter closes it · Backspace takes a corner back · Esc cancels</translation>
    </message>
    <message>
        <source>No area drawn.</source>
        <translation>No area drawn.</translation>
    </message>
    <message>
        <source>Click the corners of the area on the map; double-click or Enter closes it, Backspace takes a corner back, Esc cancels.</source>
        <translation>Click the corners of the area on the map; double-click or Enter closes it, Backspace takes a corner back, Esc cancels.</translation>
    </message>
    <message>
        <source>Voorzet proposes to tell customers: %1 (%2)</source>
        <translation>Voorzet proposes to tell customers: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>NoticeSettingsPage</name>
    <message>
        <source>Customer-messaging gateway</source>
        <translation>Customer-messaging gateway</translation>
    </message>
    <message>
        <source>Type the secret to store it</source>
        <translation>Type the secret to store it</translation>
    </message>
    <message>
        <source>Looking in the system keychain…</source>
        <translation>Looking in the system keychain…</translation>
    </message>
    <message>
        <source>Keychain unavailable (%1): the secret cannot be stored here. Start Voorzet with VOORZET_GATEWAY_SECRET set instead.</source>
        <translation>Keychain unavailable (%1): the secret cannot be stored here. Start Voorzet with VOORZET_GATEWAY_SECRET set instead.</translation>
    </message>
    <message>
        <source>✓ A secret is stored in the system keychain (never in the settings file). Leave this empty to keep it.</source>
        <translation>✓ A secret is stored in the system keychain (never in the settings file). Leave this empty to keep it.</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Stored in the keychain</translation>
    </message>
    <message>
        <source>No secret is stored yet. The one you type is kept in the system keychain, never in the settings file.</source>
        <translation>No secret is stored yet. The one you type is kept in the system keychain, never in the settings file.</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Keychain unavailable</translation>
    </message>
    <message>
        <source>Keychain unavailable: this build cannot store the secret. Start Voorzet with VOORZET_GATEWAY_SECRET set instead.</source>
        <translation>Keychain unavailable: this build cannot store the secret. Start Voorzet with VOORZET_GATEWAY_SECRET set instead.</translation>
    </message>
    <message>
        <source>Gateway &amp;address:</source>
        <translation>Gateway &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <source>%1 is set in the environment and wins over these settings.</source>
        <translation>%1 is set in the environment and wins over these settings.</translation>
    </message>
    <message>
        <source>How customers reach you</source>
        <translation>How customers reach you</translation>
    </message>
    <message>
        <source>Uw bezorgteam / Your delivery team</source>
        <translation>Uw bezorgteam / Your delivery team</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Company &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>The messages name neither a phone number nor an email address: fill in at least one.</source>
        <translation>The messages name neither a phone number nor an email address: fill in at least one.</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Message templates</translation>
    </message>
    <message>
        <source>Next step: a new expected time</source>
        <translation>Next step: a new expected time</translation>
    </message>
    <message>
        <source>Next step: a new appointment</source>
        <translation>Next step: a new appointment</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Reset to default</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Placeholders: %1</translation>
    </message>
    <message>
        <source>No gateway: messages are kept in the outbox until one is set here.</source>
        <translation>No gateway: messages are kept in the outbox until one is set here.</translation>
    </message>
    <message>
        <source>Messages are posted to this address, signed with the secret.</source>
        <translation>Messages are posted to this address, signed with the secret.</translation>
    </message>
    <message>
        <source>Default text</source>
        <translation>Default text</translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation>Your own text</translation>
    </message>
    <message>
        <source>Unknown placeholders stay in the message as they are: %1</source>
        <translation>Unknown placeholders stay in the message as they are: %1</translation>
    </message>
    <message>
        <source>What %1 gets (%2):</source>
        <translation>What %1 gets (%2):</translation>
    </message>
    <message>
        <source>What a customer gets, for example %1 (%2):</source>
        <translation>What a customer gets, for example %1 (%2):</translation>
    </message>
    <message>
        <source>Notices: %1</source>
        <translation>Notices: %1</translation>
    </message>
    <message>
        <source>The gateway secret could not be stored in the system keychain: %1</source>
        <translation>The gateway secret could not be stored in the system keychain: %1</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Van breakdown</source>
        <translation>Van breakdown</translation>
    </message>
    <message>
        <source>Snow</source>
        <translation>Snow</translation>
    </message>
    <message>
        <source>Ice</source>
        <translation>Ice</translation>
    </message>
    <message>
        <source>Storm</source>
        <translation>Storm</translation>
    </message>
    <message>
        <source>Road closure</source>
        <translation>Road closure</translation>
    </message>
    <message>
        <source>Wrong product from the client</source>
        <translation>Wrong product from the client</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message numerus="yes">
        <source>an area of %n corners</source>
        <translation>
            <numerusform>an area of %n corners</numerusform>
            <numerusform>an area of %n corners</numerusform>
        </translation>
    </message>
    <message>
        <source>Van %1 broke down; repair expected to take %2 min.</source>
        <translation>Van %1 broke down; repair expected to take %2 min.</translation>
    </message>
    <message>
        <source>Weather warning %1 (%2).</source>
        <translation>Weather warning %1 (%2).</translation>
    </message>
    <message>
        <source>The customer has no phone number or email address.</source>
        <translation>The customer has no phone number or email address.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation>
            <numerusform>Gave up after %n attempts: %1</numerusform>
            <numerusform>Gave up after %n attempts: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Van %1 has broken down.</source>
        <translation>Van %1 has broken down.</translation>
    </message>
    <message>
        <source>Vans %1 have broken down.</source>
        <translation>Vans %1 have broken down.</translation>
    </message>
    <message>
        <source>Weather warnings of more than one kind over these stops: %1.</source>
        <translation>Weather warnings of more than one kind over these stops: %1.</translation>
    </message>
    <message>
        <source>Weather warning %1 (%2) over %3 of %4 stops.</source>
        <translation>Weather warning %1 (%2) over %3 of %4 stops.</translation>
    </message>
    <message>
        <source>There is no notice for this weather.</source>
        <translation>There is no notice for this weather.</translation>
    </message>
</context>
<context>
    <name>Notices::IncidentScope</name>
    <message>
        <source>stops %1</source>
        <translation>stops %1</translation>
    </message>
    <message>
        <source>routes %1</source>
        <translation>routes %1</translation>
    </message>
    <message>
        <source>hubs %1</source>
        <translation>hubs %1</translation>
    </message>
    <message>
        <source>postcodes %1</source>
        <translation>postcodes %1</translation>
    </message>
</context>
<context>
    <name>Notices::NoticeDelivery</name>
    <message>
        <source>The gateway answered HTTP %1: %2</source>
        <translation>The gateway answered HTTP %1: %2</translation>
    </message>
    <message>
        <source>The gateway refused the message (HTTP %1).</source>
        <translation>The gateway refused the message (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway did not answer within %1 s.</source>
        <translation>The gateway did not answer within %1 s.</translation>
    </message>
    <message>
        <source>Cannot reach the gateway: %1</source>
        <translation>Cannot reach the gateway: %1</translation>
    </message>
</context>
<context>
    <name>Notices::OutboxModel</name>
    <message>
        <source>retry at %1</source>
        <translation>retry at %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Sent / reason</source>
        <translation>Sent / reason</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Retry failed</source>
        <translation>Retry failed</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export failed…</source>
        <translation>Export failed…</translation>
    </message>
    <message>
        <source>Put the selected failed messages (or all failed ones when none is selected) back in the queue, with their idempotency keys.</source>
        <translation>Put the selected failed messages (or all failed ones when none is selected) back in the queue, with their idempotency keys.</translation>
    </message>
    <message>
        <source>Queued %1 · sending %2 · sent %3 · failed %4</source>
        <translation>Queued %1 · sending %2 · sent %3 · failed %4</translation>
    </message>
    <message>
        <source>Export failed messages</source>
        <translation>Export failed messages</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Show the messages of one incident, with its totals per state</source>
        <translation>Show the messages of one incident, with its totals per state</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Messages wait in the outbox: they are not sent until a gateway is set in the settings (Notices).&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Messages wait in the outbox: they are not sent until a gateway is set in the settings (Notices).&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 queued</translation>
    </message>
    <message>
        <source>%1 sending</source>
        <translation>%1 sending</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 sent</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>All incidents</translation>
    </message>
    <message>
        <source>no messages</source>
        <translation>no messages</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; is not a number</translation>
    </message>
    <message>
        <source>%1 is out of range (at most 1e9)</source>
        <translation>%1 is out of range (at most 1e9)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; is not a whole number</translation>
    </message>
</context>
<context>
    <name>Planning::PlanViolation</name>
    <message>
        <source>route %1: customer %2 is served %3 after its due time</source>
        <translation>route %1: customer %2 is served %3 after its due time</translation>
    </message>
    <message>
        <source>route %1 carries %2 more than its capacity</source>
        <translation>route %1 carries %2 more than its capacity</translation>
    </message>
    <message>
        <source>route %1 returns %2 after the end of the working day</source>
        <translation>route %1 returns %2 after the end of the working day</translation>
    </message>
    <message>
        <source>route %1 visits an unknown site %2</source>
        <translation>route %1 visits an unknown site %2</translation>
    </message>
    <message>
        <source>customer %1 is planned more than once</source>
        <translation>customer %1 is planned more than once</translation>
    </message>
    <message>
        <source>customer %1 is not planned</source>
        <translation>customer %1 is not planned</translation>
    </message>
    <message>
        <source>route %1 has a vehicle that is missing or already used</source>
        <translation>route %1 has a vehicle that is missing or already used</translation>
    </message>
</context>
<context>
    <name>Planning::SolomonFormatError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>line %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Planning::SolomonReader</name>
    <message>
        <source>the file ends before %1</source>
        <translation>the file ends before %1</translation>
    </message>
    <message>
        <source>expected %1, found &apos;%2&apos;</source>
        <translation>expected %1, found &apos;%2&apos;</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the instance name is missing</source>
        <translation>the instance name is missing</translation>
    </message>
    <message>
        <source>the file ends before the vehicle count</source>
        <translation>the file ends before the vehicle count</translation>
    </message>
    <message>
        <source>expected two numbers (vehicle count and capacity), found %1 fields</source>
        <translation>expected two numbers (vehicle count and capacity), found %1 fields</translation>
    </message>
    <message>
        <source>the vehicle count must be between 1 and 100000</source>
        <translation>the vehicle count must be between 1 and 100000</translation>
    </message>
    <message>
        <source>the capacity must be positive</source>
        <translation>the capacity must be positive</translation>
    </message>
    <message>
        <source>expected 7 fields (%1), found %2</source>
        <translation>expected 7 fields (%1), found %2</translation>
    </message>
    <message>
        <source>the number must not be negative</source>
        <translation>the number must not be negative</translation>
    </message>
    <message>
        <source>customer %1 appears twice</source>
        <translation>customer %1 appears twice</translation>
    </message>
    <message>
        <source>the coordinate is out of range</source>
        <translation>the coordinate is out of range</translation>
    </message>
    <message>
        <source>the demand must not be negative</source>
        <translation>the demand must not be negative</translation>
    </message>
    <message>
        <source>the service time must not be negative</source>
        <translation>the service time must not be negative</translation>
    </message>
    <message>
        <source>the due date %1 is before the ready time %2</source>
        <translation>the due date %1 is before the ready time %2</translation>
    </message>
    <message>
        <source>the first row is the depot and must have no demand</source>
        <translation>the first row is the depot and must have no demand</translation>
    </message>
    <message>
        <source>more than 10000 customers are not supported</source>
        <translation>more than 10000 customers are not supported</translation>
    </message>
    <message>
        <source>the depot row is missing</source>
        <translation>the depot row is missing</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 · proposed at %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 · proposed at %4</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>Confirm…</translation>
    </message>
    <message>
        <source>Open the incident to check who is affected and queue the messages</source>
        <translation>Open the incident to check who is affected and queue the messages</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>No messages for this; it is not proposed again</source>
        <translation>No messages for this; it is not proposed again</translation>
    </message>
    <message numerus="yes">
        <source>Voorzet proposes %n incident(s) to tell customers about</source>
        <translation>
            <numerusform>Voorzet proposes %n incident to tell customers about</numerusform>
            <numerusform>Voorzet proposes %n incidents to tell customers about</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Replan</name>
    <message>
        <source>Customer not home</source>
        <translation>Customer not home</translation>
    </message>
    <message>
        <source>Client delivered the wrong product</source>
        <translation>Client delivered the wrong product</translation>
    </message>
    <message>
        <source>Van breakdown</source>
        <translation>Van breakdown</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Weather</translation>
    </message>
    <message>
        <source>Customer&apos;s request</source>
        <translation>Customer&apos;s request</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Rescue the stops of route %1</source>
        <translation>Rescue the stops of route %1</translation>
    </message>
    <message numerus="yes">
        <source>Reschedule %n stops</source>
        <translation>
            <numerusform>Reschedule %n stop</numerusform>
            <numerusform>Reschedule %n stops</numerusform>
        </translation>
    </message>
    <message>
        <source>Move stops between routes %1</source>
        <translation>Move stops between routes %1</translation>
    </message>
    <message>
        <source>there is no route %1</source>
        <translation>there is no route %1</translation>
    </message>
    <message>
        <source>Reschedule stop %1 to %2 %3–%4</source>
        <translation>Reschedule stop %1 to %2 %3–%4</translation>
    </message>
</context>
<context>
    <name>Replan::StopChanges</name>
    <message>
        <source>There is no stop %1.</source>
        <translation>There is no stop %1.</translation>
    </message>
    <message>
        <source>There is no route %1.</source>
        <translation>There is no route %1.</translation>
    </message>
    <message>
        <source>A re-plan needs one return visit id per rescheduled stop.</source>
        <translation>A re-plan needs one return visit id per rescheduled stop.</translation>
    </message>
    <message>
        <source>The new order of route %1 needs one planned arrival per stop.</source>
        <translation>The new order of route %1 needs one planned arrival per stop.</translation>
    </message>
    <message>
        <source>Stop %1 was already visited or moved; it cannot be planned again.</source>
        <translation>Stop %1 was already visited or moved; it cannot be planned again.</translation>
    </message>
    <message>
        <source>Stop %1 was already delivered or moved; it cannot be rescheduled.</source>
        <translation>Stop %1 was already delivered or moved; it cannot be rescheduled.</translation>
    </message>
    <message>
        <source>The new window of stop %1 ends before it starts.</source>
        <translation>The new window of stop %1 ends before it starts.</translation>
    </message>
    <message>
        <source>Route %1 does not drive on %2.</source>
        <translation>Route %1 does not drive on %2.</translation>
    </message>
    <message>
        <source>Stop %1 has been visited on route %2 since; this change can no longer be undone.</source>
        <translation>Stop %1 has been visited on route %2 since; this change can no longer be undone.</translation>
    </message>
    <message>
        <source>The return visit %1 has been visited on route %2 since; this change can no longer be undone.</source>
        <translation>The return visit %1 has been visited on route %2 since; this change can no longer be undone.</translation>
    </message>
</context>
<context>
    <name>Replan::VisitNote</name>
    <message>
        <source>Attempt %1: return visit, must be perfect</source>
        <translation>Attempt %1: return visit, must be perfect</translation>
    </message>
    <message>
        <source>Attempt %1: the first time (%2) %3</source>
        <translation>Attempt %1: the first time (%2) %3</translation>
    </message>
    <message>
        <source>it did not work out</source>
        <translation>it did not work out</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Moved: %1</translation>
    </message>
    <message>
        <source>, by %1 at %2</source>
        <translation>, by %1 at %2</translation>
    </message>
    <message>
        <source>; return visit %1 on %2</source>
        <translation>; return visit %1 on %2</translation>
    </message>
    <message>
        <source>; return visit %1 on %2, not on a route yet</source>
        <translation>; return visit %1 on %2, not on a route yet</translation>
    </message>
</context>
<context>
    <name>ReplanActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reschedule…</translation>
    </message>
    <message>
        <source>Move the selected stops to another day and window</source>
        <translation>Move the selected stops to another day and window</translation>
    </message>
    <message>
        <source>&amp;Move to another van…</source>
        <translation>&amp;Move to another van…</translation>
    </message>
    <message>
        <source>Move the selected stops to another route today, with a preview</source>
        <translation>Move the selected stops to another route today, with a preview</translation>
    </message>
    <message>
        <source>Breakdown: r&amp;escue stops…</source>
        <translation>Breakdown: r&amp;escue stops…</translation>
    </message>
    <message>
        <source>Spread the remaining stops of the selected route over other vans</source>
        <translation>Spread the remaining stops of the selected route over other vans</translation>
    </message>
    <message>
        <source>&lt;before the first re-plan&gt;</source>
        <translation>&lt;before the first re-plan&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>Undo &amp;history</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reschedule…</translation>
    </message>
    <message numerus="yes">
        <source>Reschedule %n stops…</source>
        <translation>
            <numerusform>Reschedule %n stop…</numerusform>
            <numerusform>Reschedule %n stops…</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to another van…</source>
        <translation>Move to another van…</translation>
    </message>
    <message numerus="yes">
        <source>Move %n stops to another van…</source>
        <translation>
            <numerusform>Move %n stop to another van…</numerusform>
            <numerusform>Move %n stops to another van…</numerusform>
        </translation>
    </message>
    <message>
        <source>Breakdown: rescue stops of %1…</source>
        <translation>Breakdown: rescue stops of %1…</translation>
    </message>
    <message>
        <source>Re-plan not applied</source>
        <translation>Re-plan not applied</translation>
    </message>
    <message>
        <source>The change could not be applied; nothing was changed.

%1</source>
        <translation>The change could not be applied; nothing was changed.

%1</translation>
    </message>
    <message>
        <source>Could not undo or redo the re-plan: %1</source>
        <translation>Could not undo or redo the re-plan: %1</translation>
    </message>
    <message>
        <source>Done: %1 (Ctrl+Z undoes it)</source>
        <translation>Done: %1 (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <source>Re-plan kept</source>
        <translation>Re-plan kept</translation>
    </message>
    <message>
        <source>The re-plan could not be undone or redone; it stays as it is and leaves the undo history.

%1</source>
        <translation>The re-plan could not be undone or redone; it stays as it is and leaves the undo history.

%1</translation>
    </message>
    <message>
        <source>Return visits to plan</source>
        <translation>Return visits to plan</translation>
    </message>
    <message>
        <source>Return &amp;visits to plan</source>
        <translation>Return &amp;visits to plan</translation>
    </message>
    <message>
        <source>The return visits promised for a day that no route takes yet</source>
        <translation>The return visits promised for a day that no route takes yet</translation>
    </message>
</context>
<context>
    <name>RequestedVisitsModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Earlier stop</source>
        <translation>Earlier stop</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
</context>
<context>
    <name>RequestedVisitsView</name>
    <message>
        <source>Show earlier stop</source>
        <translation>Show earlier stop</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Select the stop that went wrong on the board, the map and the table (double-click does the same)</source>
        <translation>Select the stop that went wrong on the board, the map and the table (double-click does the same)</translation>
    </message>
    <message>
        <source>Write the list as CSV for the planning system</source>
        <translation>Write the list as CSV for the planning system</translation>
    </message>
    <message>
        <source>No return visits wait for a route: every rescheduled stop is planned.</source>
        <translation>No return visits wait for a route: every rescheduled stop is planned.</translation>
    </message>
    <message numerus="yes">
        <source>%n return visit(s) promised for a day that no route takes yet: the planning system plans them; each must be perfect.</source>
        <translation>
            <numerusform>%n return visit promised for a day that no route takes yet: the planning system plans it; it must be perfect.</numerusform>
            <numerusform>%n return visits promised for a day that no route takes yet: the planning system plans them; each must be perfect.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export return visits</source>
        <translation>Export return visits</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule to another day</source>
        <translation>Reschedule to another day</translation>
    </message>
    <message>
        <source>%1  %2, %3  (window %4–%5 on %6)</source>
        <translation>%1  %2, %3  (window %4–%5 on %6)</translation>
    </message>
    <message>
        <source>Why the stop is not visited as planned; kept with the stop and shown on the return visit</source>
        <translation>Why the stop is not visited as planned; kept with the stop and shown on the return visit</translation>
    </message>
    <message>
        <source>What went wrong, what the customer asked</source>
        <translation>What went wrong, what the customer asked</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Suggested slot</source>
        <translation>&amp;Suggested slot</translation>
    </message>
    <message>
        <source>Routes of the hub on the coming working days that have room, cheapest first; days without such a route offer the usual windows, to be planned</source>
        <translation>Routes of the hub on the coming working days that have room, cheapest first; days without such a route offer the usual windows, to be planned</translation>
    </message>
    <message>
        <source>Day / route</source>
        <translation>Day / route</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>+min</source>
        <translation>+min</translation>
    </message>
    <message>
        <source>Driving minutes the stop adds to the route</source>
        <translation>Driving minutes the stop adds to the route</translation>
    </message>
    <message>
        <source>&amp;Own day and window</source>
        <translation>&amp;Own day and window</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>New day and window</source>
        <translation>New day and window</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <source>To be planned</source>
        <translation>To be planned</translation>
    </message>
    <message>
        <source>No route of the hub has room yet on this day: the stop waits for the day&apos;s planning in this window</source>
        <translation>No route of the hub has room yet on this day: the stop waits for the day&apos;s planning in this window</translation>
    </message>
    <message>
        <source>Route %1 · %2</source>
        <translation>Route %1 · %2</translation>
    </message>
    <message>
        <source>%1 as stop %2 at %3</source>
        <translation>%1 as stop %2 at %3</translation>
    </message>
    <message>
        <source>None of the stops is known.</source>
        <translation>None of the stops is known.</translation>
    </message>
    <message>
        <source>Pick a slot, or give a day and window of your own.</source>
        <translation>Pick a slot, or give a day and window of your own.</translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation>The window must end after it starts.</translation>
    </message>
    <message>
        <source>There are no deliveries on Sunday.</source>
        <translation>There are no deliveries on Sunday.</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <source>Breakdown rescue of route %1</source>
        <translation>Breakdown rescue of route %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) of route %1 still to visit, spread over the vans of its hub and nearby hubs: windows kept first, then fewest stops to another day, then the least lateness and the fewest kilometres. Change the van of any stop; the rest follows.</source>
        <translation>
            <numerusform>%n stop of route %1 still to visit, spread over the vans of its hub and nearby hubs: windows kept first, then fewest stops to another day, then the least lateness and the fewest kilometres. Change the van of any stop; the rest follows.</numerusform>
            <numerusform>%n stops of route %1 still to visit, spread over the vans of its hub and nearby hubs: windows kept first, then fewest stops to another day, then the least lateness and the fewest kilometres. Change the van of any stop; the rest follows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <source>Window kept</source>
        <translation>Window kept</translation>
    </message>
    <message>
        <source>The van that takes the stop today, or another day</source>
        <translation>The van that takes the stop today, or another day</translation>
    </message>
    <message>
        <source>What happened to the van (optional)</source>
        <translation>What happened to the van (optional)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Commit rescue</source>
        <translation>Commit rescue</translation>
    </message>
    <message>
        <source>&amp;Propose again</source>
        <translation>&amp;Propose again</translation>
    </message>
    <message>
        <source>Forget the changes made here and propose anew</source>
        <translation>Forget the changes made here and propose anew</translation>
    </message>
    <message>
        <source>Windows kept: %1 of %2. Late today: %3 (%4 min). To another day: %5. Added: %6 km.</source>
        <translation>Windows kept: %1 of %2. Late today: %3 (%4 min). To another day: %5. Added: %6 km.</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) of the receiving vans&apos; own stops break.</source>
        <translation>
            <numerusform>%n window of the receiving vans&apos; own stops breaks.</numerusform>
            <numerusform>%n windows of the receiving vans&apos; own stops break.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Another day</source>
        <translation>Another day</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Your choice</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Not on a route yet: to be planned</source>
        <translation>Not on a route yet: to be planned</translation>
    </message>
    <message>
        <source>On route %1 as stop %2</source>
        <translation>On route %1 as stop %2</translation>
    </message>
    <message>
        <source>another day</source>
        <translation>another day</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message numerus="yes">
        <source>late %n min</source>
        <translation>
            <numerusform>late %n min</numerusform>
            <numerusform>late %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>A stop of a receiving van was visited while you weighed the proposal: it is made again from there, with your choices. Check it and commit again.</source>
        <translation>A stop of a receiving van was visited while you weighed the proposal: it is made again from there, with your choices. Check it and commit again.</translation>
    </message>
    <message>
        <source>Back after the crew&apos;s working day: %1.</source>
        <translation>Back after the crew&apos;s working day: %1.</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <source>Select a review in the inbox to read it here.</source>
        <translation>Select a review in the inbox to read it here.</translation>
    </message>
    <message>
        <source>Star a remarkable review (S)</source>
        <translation>Star a remarkable review (S)</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Mark the review as handled (H)</source>
        <translation>Mark the review as handled (H)</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Cause:</translation>
    </message>
    <message>
        <source>Why the team should read this</source>
        <translation>Why the team should read this</translation>
    </message>
    <message>
        <source>Share to team wall</source>
        <translation>Share to team wall</translation>
    </message>
    <message>
        <source>Team wall:</source>
        <translation>Team wall:</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <source>Copy as image</source>
        <translation>Copy as image</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Copy:</translation>
    </message>
    <message>
        <source>Follow-up case</source>
        <translation>Follow-up case</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation>Customer contacted</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>How it was put right (required)</source>
        <translation>How it was put right (required)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <source>Stop id of the return visit</source>
        <translation>Stop id of the return visit</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Return visit:</source>
        <translation>Return visit:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Review %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Starred</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Star</translation>
    </message>
    <message>
        <source>The themes could not be detected: %1</source>
        <translation>The themes could not be detected: %1</translation>
    </message>
    <message>
        <source>No comment, only a score.</source>
        <translation>No comment, only a score.</translation>
    </message>
    <message>
        <source>Tone: %1</source>
        <translation>Tone: %1</translation>
    </message>
    <message>
        <source>No case opened yet</source>
        <translation>No case opened yet</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — overdue</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>contacted %1</source>
        <translation>contacted %1</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>resolved %1</translation>
    </message>
    <message>
        <source>Review %1 — score %2/10 (%3), %4</source>
        <translation>Review %1 — score %2/10 (%3), %4</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client: %1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Product: %1</translation>
    </message>
    <message>
        <source>Crew: %1</source>
        <translation>Crew: %1</translation>
    </message>
    <message>
        <source>Stop: %1</source>
        <translation>Stop: %1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Themes: %1</translation>
    </message>
    <message>
        <source>Review %1 copied as text.</source>
        <translation>Review %1 copied as text.</translation>
    </message>
    <message>
        <source>Review %1 copied as an image.</source>
        <translation>Review %1 copied as an image.</translation>
    </message>
    <message>
        <source>Review %1 shared to the team wall.</source>
        <translation>Review %1 shared to the team wall.</translation>
    </message>
    <message>
        <source>Write how the case was resolved before resolving it.</source>
        <translation>Write how the case was resolved before resolving it.</translation>
    </message>
</context>
<context>
    <name>ReviewCardDelivery</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>not completed</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Stop:</source>
        <translation>Stop:</translation>
    </message>
    <message>
        <source>No stop given</source>
        <translation>No stop given</translation>
    </message>
    <message>
        <source>%1 (not in the store: its day is not loaded)</source>
        <translation>%1 (not in the store: its day is not loaded)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>None promised</source>
        <translation>None promised</translation>
    </message>
    <message>
        <source>Promised window:</source>
        <translation>Promised window:</translation>
    </message>
    <message>
        <source>%1, late by %2</source>
        <translation>%1, late by %2</translation>
    </message>
    <message>
        <source>%1, early by %2</source>
        <translation>%1, early by %2</translation>
    </message>
    <message>
        <source>%1, within the window</source>
        <translation>%1, within the window</translation>
    </message>
    <message>
        <source>Not arrived (planned %1)</source>
        <translation>Not arrived (planned %1)</translation>
    </message>
    <message>
        <source>Actual arrival:</source>
        <translation>Actual arrival:</translation>
    </message>
    <message>
        <source>Services planned:</source>
        <translation>Services planned:</translation>
    </message>
    <message>
        <source>Services done:</source>
        <translation>Services done:</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>Return visit (attempt %1)</source>
        <translation>Return visit (attempt %1)</translation>
    </message>
    <message>
        <source>%1, after %2</source>
        <translation>%1, after %2</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Visit:</translation>
    </message>
    <message>
        <source>%1, stop %2 (%3)</source>
        <translation>%1, stop %2 (%3)</translation>
    </message>
    <message>
        <source>Show stop on map</source>
        <translation>Show stop on map</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Route:</translation>
    </message>
    <message>
        <source>Earlier attempt:</source>
        <translation>Earlier attempt:</translation>
    </message>
    <message>
        <source>%1 (not in the store)</source>
        <translation>%1 (not in the store)</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <source>Show the earlier attempt %1 on the map</source>
        <translation>Show the earlier attempt %1 on the map</translation>
    </message>
    <message>
        <source>Its review (%1)</source>
        <translation>Its review (%1)</translation>
    </message>
    <message>
        <source>Open review %1</source>
        <translation>Open review %1</translation>
    </message>
    <message>
        <source>moved by %1, %2</source>
        <translation>moved by %1, %2</translation>
    </message>
    <message>
        <source>%1 (the crew&apos;s outcome)</source>
        <translation>%1 (the crew&apos;s outcome)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Why it was moved:</source>
        <translation>Why it was moved:</translation>
    </message>
    <message>
        <source>Crew figures</source>
        <translation>Crew figures</translation>
    </message>
    <message>
        <source>Open the figures of %1</source>
        <translation>Open the figures of %1</translation>
    </message>
    <message>
        <source>Crew:</source>
        <translation>Crew:</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
</context>
<context>
    <name>ReviewCardHistory</name>
    <message>
        <source>Notices sent for this stop</source>
        <translation>Notices sent for this stop</translation>
    </message>
    <message>
        <source>Earlier reviews from this customer</source>
        <translation>Earlier reviews from this customer</translation>
    </message>
    <message>
        <source>Not known: the stop is not in the store.</source>
        <translation>Not known: the stop is not in the store.</translation>
    </message>
    <message>
        <source>Notices are not available in this store.</source>
        <translation>Notices are not available in this store.</translation>
    </message>
    <message>
        <source>The notices could not be read.</source>
        <translation>The notices could not be read.</translation>
    </message>
    <message>
        <source>No notices were sent for this stop.</source>
        <translation>No notices were sent for this stop.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · &lt;b style=&quot;color: %3&quot;&gt;%4&lt;/b&gt; · %5</source>
        <translation>%1 · %2 · &lt;b style=&quot;color: %3&quot;&gt;%4&lt;/b&gt; · %5</translation>
    </message>
    <message>
        <source>None: this is the customer&apos;s first review.</source>
        <translation>None: this is the customer&apos;s first review.</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(no comment)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Open review %1</source>
        <translation>Open review %1</translation>
    </message>
</context>
<context>
    <name>ReviewCsvImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: a header row is needed.</source>
        <translation>%1 is empty: a header row is needed.</translation>
    </message>
    <message>
        <source>The header names the column &apos;%1&apos; twice.</source>
        <translation>The header names the column &apos;%1&apos; twice.</translation>
    </message>
    <message>
        <source>The header row lacks the column(s): %1. It must name review id, stop id, score, comment, date and optionally language.</source>
        <translation>The header row lacks the column(s): %1. It must name review id, stop id, score, comment, date and optionally language.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 fields where the header has %2</translation>
    </message>
    <message>
        <source>the review id is missing</source>
        <translation>the review id is missing</translation>
    </message>
    <message>
        <source>the review id is longer than 128 characters</source>
        <translation>the review id is longer than 128 characters</translation>
    </message>
    <message>
        <source>the stop id is missing</source>
        <translation>the stop id is missing</translation>
    </message>
    <message>
        <source>the score is missing</source>
        <translation>the score is missing</translation>
    </message>
    <message>
        <source>the score &apos;%1&apos; is not a whole number from 0 to 10</source>
        <translation>the score &apos;%1&apos; is not a whole number from 0 to 10</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>the date is missing</translation>
    </message>
    <message>
        <source>the date &apos;%1&apos; is not a date (YYYY-MM-DD, optionally with HH:MM, or RFC 3339)</source>
        <translation>the date &apos;%1&apos; is not a date (YYYY-MM-DD, optionally with HH:MM, or RFC 3339)</translation>
    </message>
    <message>
        <source>the language &apos;%1&apos; is not a language code such as nl or en</source>
        <translation>the language &apos;%1&apos; is not a language code such as nl or en</translation>
    </message>
</context>
<context>
    <name>ReviewImportDialog</name>
    <message>
        <source>Review import</source>
        <translation>Review import</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Imported from %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Rows read:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Imported:</translation>
    </message>
    <message>
        <source>Duplicates (already stored):</source>
        <translation>Duplicates (already stored):</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejected:</translation>
    </message>
    <message>
        <source>Imported, stop not yet known:</source>
        <translation>Imported, stop not yet known:</translation>
    </message>
    <message>
        <source>Follow-up cases opened:</source>
        <translation>Follow-up cases opened:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation>No rows were rejected.</translation>
    </message>
    <message>
        <source>Rejected rows (kept in the store for inspection):</source>
        <translation>Rejected rows (kept in the store for inspection):</translation>
    </message>
</context>
<context>
    <name>ReviewInboxDelegate</name>
    <message>
        <source>(no comment)</source>
        <translation>(no comment)</translation>
    </message>
</context>
<context>
    <name>ReviewInboxModel</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Crew</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Cannot prepare a statement: %1
%2</source>
        <translation>Cannot prepare a statement: %1
%2</translation>
    </message>
    <message>
        <source>There is no follow-up case %1.</source>
        <translation>There is no follow-up case %1.</translation>
    </message>
    <message>
        <source>Case %1 is %2; only an open case can be marked as contacted.</source>
        <translation>Case %1 is %2; only an open case can be marked as contacted.</translation>
    </message>
    <message>
        <source>Case %1 is already resolved.</source>
        <translation>Case %1 is already resolved.</translation>
    </message>
    <message>
        <source>Say how case %1 was resolved.</source>
        <translation>Say how case %1 was resolved.</translation>
    </message>
    <message>
        <source>Case %1 is not resolved; only a resolved case can be reopened.</source>
        <translation>Case %1 is not resolved; only a resolved case can be reopened.</translation>
    </message>
    <message>
        <source>Cannot look for the review indexes: %1</source>
        <translation>Cannot look for the review indexes: %1</translation>
    </message>
</context>
<context>
    <name>ReviewThemes</name>
    <message>
        <source>Punctuality</source>
        <translation>Punctuality</translation>
    </message>
    <message>
        <source>Friendliness</source>
        <translation>Friendliness</translation>
    </message>
    <message>
        <source>Care and tidiness</source>
        <translation>Care and tidiness</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>Installation and assembly</source>
        <translation>Installation and assembly</translation>
    </message>
    <message>
        <source>Taking back the old product</source>
        <translation>Taking back the old product</translation>
    </message>
    <message>
        <source>Communication and calling ahead</source>
        <translation>Communication and calling ahead</translation>
    </message>
    <message>
        <source>Wrong or faulty product</source>
        <translation>Wrong or faulty product</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixed</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Detractor</source>
        <translation>Detractor</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Promoter</translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>Any score</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Planning and communication</source>
        <translation>Planning and communication</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
</context>
<context>
    <name>ReviewsWorkspace</name>
    <message>
        <source>Themes are not detected: %1</source>
        <translation>Themes are not detected: %1</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Import reviews from a CSV export of the survey tool</source>
        <translation>Import reviews from a CSV export of the survey tool</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Team wall</source>
        <translation>Team wall</translation>
    </message>
    <message>
        <source>Client feedback</source>
        <translation>Client feedback</translation>
    </message>
    <message>
        <source>Search the comments (Ctrl+F)</source>
        <translation>Search the comments (Ctrl+F)</translation>
    </message>
    <message>
        <source>All scores</source>
        <translation>All scores</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <source>Crew member:</source>
        <translation>Crew member:</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <source>Unhandled only</source>
        <translation>Unhandled only</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Starred only</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>All hubs</source>
        <translation>All hubs</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <source>1 review</source>
        <translation>1 review</translation>
    </message>
    <message>
        <source>%1 reviews</source>
        <translation>%1 reviews</translation>
    </message>
    <message>
        <source>%1, %2 unhandled</source>
        <translation>%1, %2 unhandled</translation>
    </message>
    <message>
        <source>Reviews could not be counted</source>
        <translation>Reviews could not be counted</translation>
    </message>
    <message>
        <source>Import reviews</source>
        <translation>Import reviews</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Imported %1 reviews from %2 (%3 duplicates, %4 rejected).</source>
        <translation>Imported %1 reviews from %2 (%3 duplicates, %4 rejected).</translation>
    </message>
</context>
<context>
    <name>RouteBoardModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>%1%2 min</source>
        <translation>%1%2 min</translation>
    </message>
    <message>
        <source>%1 · %2 (%3–%4)</source>
        <translation>%1 · %2 (%3–%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 · %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Next: %1, %2 %3 (window %4–%5)</source>
        <translation>&lt;br&gt;Next: %1, %2 %3 (window %4–%5)</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Crew</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Delay</translation>
    </message>
    <message>
        <source>Next stop</source>
        <translation>Next stop</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>%1 / %2 · %3↻</source>
        <translation>%1 / %2 · %3↻</translation>
    </message>
    <message numerus="yes">
        <source>%n return visit(s) on this route, %1 still to come: they must be perfect.</source>
        <translation>
            <numerusform>%n return visit on this route, %1 still to come: it must be perfect.</numerusform>
            <numerusform>%n return visits on this route, %1 still to come: they must be perfect.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteStopsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Return visit %1</source>
        <translation>Return visit %1</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3, %4 %5&lt;br&gt;%6 · %7&lt;br&gt;Window %8–%9, planned %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3, %4 %5&lt;br&gt;%6 · %7&lt;br&gt;Window %8–%9, planned %10</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Return visit&lt;/b&gt; (earlier stop %1): this one must be perfect.</source>
        <translation>&lt;br&gt;&lt;b&gt;Return visit&lt;/b&gt; (earlier stop %1): this one must be perfect.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Expected at %1; 8 times in 10 between %2 and %3.&lt;br&gt;Estimated at %4 from the crew&apos;s progress so far.</source>
        <translation>Expected at %1; 8 times in 10 between %2 and %3.&lt;br&gt;Estimated at %4 from the crew&apos;s progress so far.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;After the window&lt;/b&gt; (until %1).</source>
        <translation>&lt;br&gt;&lt;b&gt;After the window&lt;/b&gt; (until %1).</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <source>Attempt %1: return visit, must be perfect</source>
        <translation>Attempt %1: return visit, must be perfect</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>ws://host:port/feed or a file</source>
        <translation>ws://host:port/feed or a file</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Br&amp;owse…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;SQLite file:</source>
        <translation>&amp;SQLite file:</translation>
    </message>
    <message>
        <source>Leave empty to use the default file. A new database is opened at the next start.</source>
        <translation>Leave empty to use the default file. A new database is opened at the next start.</translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation>Live feed</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>A WebSocket address (ws:// or wss://) or a feed file, which is followed as it grows. Leave empty to follow nothing.</source>
        <translation>A WebSocket address (ws:// or wss://) or a feed file, which is followed as it grows. Leave empty to follow nothing.</translation>
    </message>
    <message>
        <source>&amp;No contact after:</source>
        <translation>&amp;No contact after:</translation>
    </message>
    <message>
        <source>Choose the database</source>
        <translation>Choose the database</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a feed file</source>
        <translation>Choose a feed file</translation>
    </message>
    <message>
        <source>Feed files (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>Feed files (*.jsonl *.ndjson *.json);;All files (*)</translation>
    </message>
    <message>
        <source>The feed address &quot;%1&quot; is not a valid WebSocket address.</source>
        <translation>The feed address &quot;%1&quot; is not a valid WebSocket address.</translation>
    </message>
    <message>
        <source>The feed file &quot;%1&quot; does not exist.</source>
        <translation>The feed file &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The folder of the database &quot;%1&quot; does not exist.</source>
        <translation>The folder of the database &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap contributors</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>&amp;Tile server:</source>
        <translation>&amp;Tile server:</translation>
    </message>
    <message>
        <source>&amp;Attribution:</source>
        <translation>&amp;Attribution:</translation>
    </message>
    <message>
        <source>An OpenStreetMap-style address with {z}, {x} and {y}. Leave empty to use the offline map of the Netherlands, which needs no internet.</source>
        <translation>An OpenStreetMap-style address with {z}, {x} and {y}. Leave empty to use the offline map of the Netherlands, which needs no internet.</translation>
    </message>
    <message>
        <source>The tile server &quot;%1&quot; is not an http(s) address with {z}, {x} and {y}.</source>
        <translation>The tile server &quot;%1&quot; is not an http(s) address with {z}, {x} and {y}.</translation>
    </message>
    <message>
        <source>Waits until the window opens</source>
        <translation>Waits until the window opens</translation>
    </message>
    <message>
        <source>Calls ahead and is let in</source>
        <translation>Calls ahead and is let in</translation>
    </message>
    <message>
        <source>Show severe alerts as a desktop notification</source>
        <translation>Show severe alerts as a desktop notification</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Written with what you acknowledge, resolve or change, for the audit log.</source>
        <translation>Written with what you acknowledge, resolve or change, for the audit log.</translation>
    </message>
    <message>
        <source>Alerts and arrival times</source>
        <translation>Alerts and arrival times</translation>
    </message>
    <message>
        <source>&amp;Late when the ETA is past the window by:</source>
        <translation>&amp;Late when the ETA is past the window by:</translation>
    </message>
    <message>
        <source>A crew that is &amp;early:</source>
        <translation>A crew that is &amp;early:</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
</context>
<context>
    <name>SimulatorFeedSource</name>
    <message>
        <source>Simulated day %1 (%2 vans)</source>
        <translation>Simulated day %1 (%2 vans)</translation>
    </message>
    <message>
        <source>Generating the day…</source>
        <translation>Generating the day…</translation>
    </message>
    <message>
        <source>The simulated day is over</source>
        <translation>The simulated day is over</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>Cannot prepare a statement: %1
%2</source>
        <translation>Cannot prepare a statement: %1
%2</translation>
    </message>
    <message>
        <source>A statement failed: %1 (%2)
%3</source>
        <translation>A statement failed: %1 (%2)
%3</translation>
    </message>
    <message>
        <source>Cannot bind value %1: %2
%3</source>
        <translation>Cannot bind value %1: %2
%3</translation>
    </message>
    <message>
        <source>A statement was run with %1 of its %2 values bound
%3</source>
        <translation>A statement was run with %1 of its %2 values bound
%3</translation>
    </message>
</context>
<context>
    <name>StopInsertion</name>
    <message>
        <source>a route has a missing or already used vehicle %1</source>
        <translation>a route has a missing or already used vehicle %1</translation>
    </message>
    <message>
        <source>%1 is not a stop of the problem</source>
        <translation>%1 is not a stop of the problem</translation>
    </message>
</context>
<context>
    <name>StopNoticesTip</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Notices to the customer about this stop</source>
        <translation>Notices to the customer about this stop</translation>
    </message>
</context>
<context>
    <name>StopsTable</name>
    <message>
        <source>No route selected</source>
        <translation>No route selected</translation>
    </message>
    <message>
        <source>Choose a route on the crews board to see its stops.</source>
        <translation>Choose a route on the crews board to see its stops.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>%1 of %2 stops done</source>
        <translation>%1 of %2 stops done</translation>
    </message>
    <message numerus="yes">
        <source>%n not delivered</source>
        <translation>
            <numerusform>%n not delivered</numerusform>
            <numerusform>%n not delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min behind plan</source>
        <translation>
            <numerusform>%n min behind plan</numerusform>
            <numerusform>%n min behind plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ahead of plan</source>
        <translation>
            <numerusform>%n min ahead of plan</numerusform>
            <numerusform>%n min ahead of plan</numerusform>
        </translation>
    </message>
    <message>
        <source>left %1 at %2</source>
        <translation>left %1 at %2</translation>
    </message>
    <message>
        <source>leaves %1 at %2</source>
        <translation>leaves %1 at %2</translation>
    </message>
    <message>
        <source>back at %1</source>
        <translation>back at %1</translation>
    </message>
</context>
<context>
    <name>TeamWallView</name>
    <message>
        <source>Reviews the team shared with each other, newest first. Double-click one to read it on its card.</source>
        <translation>Reviews the team shared with each other, newest first. Double-click one to read it on its card.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Shared by</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Nothing shared yet. Share a remarkable review from its card.</source>
        <translation>Nothing shared yet. Share a remarkable review from its card.</translation>
    </message>
    <message>
        <source>(review no longer stored)</source>
        <translation>(review no longer stored)</translation>
    </message>
</context>
<context>
    <name>TileFetcher</name>
    <message>
        <source>the server did not answer in time</source>
        <translation>the server did not answer in time</translation>
    </message>
    <message>
        <source>the server sent something that is not an image</source>
        <translation>the server sent something that is not an image</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>King&apos;s Day</source>
        <translation>King&apos;s Day</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Liberation Day</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Boxing Day</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Easter Sunday</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Whit Sunday</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Whit Monday</translation>
    </message>
    <message>
        <source>Company day off</source>
        <translation>Company day off</translation>
    </message>
</context>
</TS>
