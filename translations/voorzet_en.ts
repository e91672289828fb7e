<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
            <source>Print every route's state, progress and delay.</source>
            <translation>Print every route's state, progress and delay.</translation>
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
            <source>Run '%1 &lt;command&gt; --help' for its options.</source>
            <translation>Run '%1 &lt;command&gt; --help' for its options.</translation>
        </message>
        <message>
            <source>error: unknown command '%1'</source>
            <translation>error: unknown command '%1'</translation>
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
            <source>has a field name with an unescaped control character "%1" at byte %2; JSON strings must escape it</source>
            <translation>has a field name with an unescaped control character "%1" at byte %2; JSON strings must escape it</translation>
        </message>
        <message>
            <source>contains an unescaped control character "%1" at byte %2; JSON strings must escape it</source>
            <translation>contains an unescaped control character "%1" at byte %2; JSON strings must escape it</translation>
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
        <name>Fields</name>
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
            <source>is not an RFC 3339 timestamp with offset: "%1"</source>
            <translation>is not an RFC 3339 timestamp with offset: "%1"</translation>
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
            <source>"%1" is not one of: %2</source>
            <translation>"%1" is not one of: %2</translation>
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
            <source>Demo: the simulator's seed (default 1).</source>
            <translation>Demo: the simulator's seed (default 1).</translation>
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
            <source>--lang takes nl or en, not "%1".</source>
            <translation>--lang takes nl or en, not "%1".</translation>
        </message>
        <message>
            <source>--demo and --feed cannot be used together.</source>
            <translation>--demo and --feed cannot be used together.</translation>
        </message>
        <message>
            <source>--%1 takes a whole number from %2 to %3, not "%4".</source>
            <translation>--%1 takes a whole number from %2 to %3, not "%4".</translation>
        </message>
        <message>
            <source>--speed takes a number above 0 and at most 3600, not "%1".</source>
            <translation>--speed takes a number above 0 and at most 3600, not "%1".</translation>
        </message>
        <message>
            <source>--start takes a time as HH:MM, not "%1".</source>
            <translation>--start takes a time as HH:MM, not "%1".</translation>
        </message>
        <message>
            <source>--date takes a day as YYYY-MM-DD, not "%1".</source>
            <translation>--date takes a day as YYYY-MM-DD, not "%1".</translation>
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
            <source>The operation's clock</source>
            <translation>The operation's clock</translation>
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
            <source>Voorzet · %1</source>
            <translation>Voorzet · %1</translation>
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
            <source>"%1" is not a WebSocket address. It starts with ws:// or wss://, for example ws://127.0.0.1:8765.</source>
            <translation>"%1" is not a WebSocket address. It starts with ws:// or wss://, for example ws://127.0.0.1:8765.</translation>
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
            <source>Keep the selected route's van in the middle of the map</source>
            <translation>Keep the selected route's van in the middle of the map</translation>
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
            <source>The feed address "%1" is not a valid WebSocket address.</source>
            <translation>The feed address "%1" is not a valid WebSocket address.</translation>
        </message>
        <message>
            <source>The feed file "%1" does not exist.</source>
            <translation>The feed file "%1" does not exist.</translation>
        </message>
        <message>
            <source>The folder of the database "%1" does not exist.</source>
            <translation>The folder of the database "%1" does not exist.</translation>
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
            <source>The tile server "%1" is not an http(s) address with {z}, {x} and {y}.</source>
            <translation>The tile server "%1" is not an http(s) address with {z}, {x} and {y}.</translation>
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
</TS>
