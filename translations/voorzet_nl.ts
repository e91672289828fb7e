<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AlertListModel</name>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rit</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
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
        <translation>Sneeuw</translation>
    </message>
    <message>
        <source>Ice</source>
        <translation>IJzel</translation>
    </message>
    <message>
        <source>Storm</source>
        <translation>Storm</translation>
    </message>
    <message>
        <source>Fog</source>
        <translation>Mist</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Hitte</translation>
    </message>
    <message>
        <source>code red</source>
        <translation>code rood</translation>
    </message>
    <message>
        <source>code orange</source>
        <translation>code oranje</translation>
    </message>
    <message>
        <source>code yellow</source>
        <translation>code geel</translation>
    </message>
    <message>
        <source>Late for window</source>
        <translation>Te laat voor tijdvak</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Pech</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Geen contact</translation>
    </message>
    <message>
        <source>Long stop</source>
        <translation>Lange stop</translation>
    </message>
    <message>
        <source>Failed delivery</source>
        <translation>Mislukte levering</translation>
    </message>
    <message>
        <source>Weather warning</source>
        <translation>Weerwaarschuwing</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Ernstig</translation>
    </message>
    <message numerus="yes">
        <source>%1 expected at %2, %n min after its window (%3–%4)</source>
        <translation>
            <numerusform>%1 verwacht om %2, %n min na het tijdvak (%3–%4)</numerusform>
            <numerusform>%1 verwacht om %2, %n min na het tijdvak (%3–%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) left</source>
        <translation>
            <numerusform>nog %n stop</numerusform>
            <numerusform>nog %n stops</numerusform>
        </translation>
    </message>
    <message>
        <source>Van %1 broke down at %2, repair expected to take %3 min; %4</source>
        <translation>Bus %1 is om %2 uitgevallen, reparatie duurt naar verwachting %3 min; %4</translation>
    </message>
    <message>
        <source>Van %1 broke down at %2; %3</source>
        <translation>Bus %1 is om %2 uitgevallen; %3</translation>
    </message>
    <message numerus="yes">
        <source>Van %1 silent since %2 (%n min)</source>
        <translation>
            <numerusform>Bus %1 stil sinds %2 (%n min)</numerusform>
            <numerusform>Bus %1 stil sinds %2 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has taken %2 min so far, %3 min planned</source>
        <translation>%1 duurt nu %2 min, %3 min gepland</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1: %2 om %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) %3–%4 covers %n stop(s)</source>
        <translation>
            <numerusform>%1 (%2) %3–%4 omvat %n stop</numerusform>
            <numerusform>%1 (%2) %3–%4 omvat %n stops</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleared at %1</source>
        <translation>Opgeheven om %1</translation>
    </message>
    <message>
        <source>Resolved by %1 at %2</source>
        <translation>Afgehandeld door %1 om %2</translation>
    </message>
    <message>
        <source>Seen by %1 at %2</source>
        <translation>Gezien door %1 om %2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Most severe first</source>
        <translation>Ernstigste eerst</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <source>How the alerts are ordered</source>
        <translation>Hoe de meldingen gesorteerd worden</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Afgehandelde tonen</translation>
    </message>
    <message>
        <source>Also show the alerts resolved or cleared in the last 12 hours</source>
        <translation>Ook de meldingen tonen die de afgelopen 12 uur zijn afgehandeld of opgeheven</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gezien</translation>
    </message>
    <message>
        <source>Acknowledge: you have seen this alert and take it on (Space)</source>
        <translation>Bevestigen: je hebt deze melding gezien en pakt hem op (spatie)</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Afhandelen…</translation>
    </message>
    <message>
        <source>Resolve the alert with a note on what was done</source>
        <translation>De melding afhandelen met een notitie over wat er is gedaan</translation>
    </message>
    <message>
        <source>Show route</source>
        <translation>Rit tonen</translation>
    </message>
    <message>
        <source>Select the alert&apos;s route and stop (Enter or double-click)</source>
        <translation>De rit en stop van de melding selecteren (Enter of dubbelklik)</translation>
    </message>
    <message>
        <source>Resolve alert</source>
        <translation>Melding afhandelen</translation>
    </message>
    <message>
        <source>%1
%2

What was done?</source>
        <translation>%1
%2

Wat is er gedaan?</translation>
    </message>
    <message>
        <source>No open alerts</source>
        <translation>Geen open meldingen</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n open melding</numerusform>
            <numerusform>%n open meldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nieuw</numerusform>
            <numerusform>%n nieuw</numerusform>
        </translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Opnieuw inplannen…</translation>
    </message>
    <message>
        <source>Rescue stops…</source>
        <translation>Stops verdelen…</translation>
    </message>
    <message>
        <source>Spread the broken-down van&apos;s remaining stops over other vans</source>
        <translation>De resterende stops van de bus met pech over andere bussen verdelen</translation>
    </message>
    <message>
        <source>Move the stop to another day and window</source>
        <translation>De stop naar een andere dag en een ander tijdvak verplaatsen</translation>
    </message>
    <message>
        <source>Notify customers…</source>
        <translation>Klanten informeren…</translation>
    </message>
    <message>
        <source>Tell every customer of the route still waiting what happened and what comes next (an overmacht incident)</source>
        <translation>Elke klant van de rit die nog wacht laten weten wat er is gebeurd en wat er nu komt (een overmachtincident)</translation>
    </message>
    <message>
        <source>Tell this customer what happened and what comes next (an overmacht incident)</source>
        <translation>Deze klant laten weten wat er is gebeurd en wat er nu komt (een overmachtincident)</translation>
    </message>
</context>
<context>
    <name>ChangePreviewView</name>
    <message>
        <source>Route / stop</source>
        <translation>Rit / stop</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Tijdvak</translation>
    </message>
    <message>
        <source>ETA before</source>
        <translation>ETA nu</translation>
    </message>
    <message>
        <source>ETA after</source>
        <translation>ETA nieuw</translation>
    </message>
    <message>
        <source>Window kept</source>
        <translation>Tijdvak gehaald</translation>
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
        <translation>Aankomst volgens de schatting over de weg met de planning zoals die is</translation>
    </message>
    <message>
        <source>Arrival by the road estimate after the change</source>
        <translation>Aankomst volgens de schatting over de weg na de wijziging</translation>
    </message>
    <message>
        <source>Kilometres the change adds to the route (negative: saves)</source>
        <translation>Kilometers die de wijziging aan de rit toevoegt (negatief: bespaart)</translation>
    </message>
    <message>
        <source>Driving minutes the change adds to the route</source>
        <translation>Rijminuten die de wijziging aan de rit toevoegt</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) to go</source>
        <translation>
            <numerusform>nog %n stop</numerusform>
            <numerusform>nog %n stops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n received</source>
        <translation>
            <numerusform>, %n ontvangen</numerusform>
            <numerusform>, %n ontvangen</numerusform>
        </translation>
    </message>
    <message>
        <source>back at the hub</source>
        <translation>terug op de hub</translation>
    </message>
    <message>
        <source>back after the working day</source>
        <translation>terug na de werkdag</translation>
    </message>
    <message>
        <source>%1 kept, %2 broken</source>
        <translation>%1 gehaald, %2 gemist</translation>
    </message>
    <message>
        <source>Before the change: %1 kept, %2 broken</source>
        <translation>Vóór de wijziging: %1 gehaald, %2 gemist</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>gehaald</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>gemist</translation>
    </message>
    <message>
        <source>The van arrives after the promised window</source>
        <translation>De bus komt na het toegezegde tijdvak aan</translation>
    </message>
    <message>
        <source>Received from route %1</source>
        <translation>Overgenomen van rit %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Toon deze hulp.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>fout: %1</translation>
    </message>
    <message>
        <source>Run with --help to see the usage.</source>
        <translation>Gebruik --help om te zien hoe het werkt.</translation>
    </message>
    <message>
        <source>The SQLite database file (default: %1).</source>
        <translation>Het SQLite-databasebestand (standaard: %1).</translation>
    </message>
    <message>
        <source>Write or serve a simulated day in the feed format.</source>
        <translation>Schrijf of serveer een gesimuleerde dag in het feedformaat.</translation>
    </message>
    <message>
        <source>Apply a feed (file or -) to a database.</source>
        <translation>Verwerk een feed (bestand of -) in een database.</translation>
    </message>
    <message>
        <source>Print every route&apos;s state, progress and delay.</source>
        <translation>Toon van elke rit de toestand, voortgang en vertraging.</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>Gebruik: %1 &lt;opdracht&gt; [opties]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for its options.</source>
        <translation>Gebruik &apos;%1 &lt;opdracht&gt; --help&apos; voor de opties.</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation>fout: onbekende opdracht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Import, search and follow up reviews; themes of a text.</source>
        <translation>Reviews importeren, zoeken en opvolgen; thema&apos;s van een tekst.</translation>
    </message>
    <message>
        <source>Raise and list the open alerts; acknowledge or resolve one.</source>
        <translation>Open meldingen aanmaken en tonen; een melding bevestigen of afhandelen.</translation>
    </message>
    <message>
        <source>Replay a feed and print every pending stop&apos;s ETA and band every interval.</source>
        <translation>Een feed afspelen en elke interval van elke openstaande stop de ETA en marge tonen.</translation>
    </message>
    <message>
        <source>Solve a Solomon-format routing instance and check the plan.</source>
        <translation>Een routeringsinstantie in Solomon-formaat oplossen en de planning controleren.</translation>
    </message>
    <message>
        <source>Create an overmacht incident and queue its customer messages; list incidents.</source>
        <translation>Een overmachtincident aanmaken en de klantberichten in de wachtrij zetten; incidenten tonen.</translation>
    </message>
    <message>
        <source>List the notice outbox; deliver it to the gateway; export the failed.</source>
        <translation>Het postvak uit met berichten tonen; afleveren bij de gateway; de mislukte exporteren.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Propose how a broken-down van&apos;s stops are spread over other vans, as JSON.</source>
        <translation>Voorstellen hoe de stops van een bus met pech over andere bussen worden verdeeld, als JSON.</translation>
    </message>
</context>
<context>
    <name>ClientFeedback</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot en met %1</translation>
    </message>
    <message>
        <source>all reviews</source>
        <translation>alle reviews</translation>
    </message>
    <message>
        <source>Customer feedback for %1</source>
        <translation>Klantfeedback voor %1</translation>
    </message>
    <message>
        <source>Reviews whose cause lay with the product or the order (%1): %2. Made on %3.</source>
        <translation>Reviews waarvan de oorzaak bij het product of de bestelling lag (%1): %2. Opgesteld op %3.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
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
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>ClientFeedbackView</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
    <message>
        <source>Clients with feedback:</source>
        <translation>Opdrachtgevers met feedback:</translation>
    </message>
    <message>
        <source>Reviews whose cause was marked as the client&apos;s (wrong colour, wrong model, missing parts), to send to the client.</source>
        <translation>Reviews waarvan de oorzaak bij de opdrachtgever is gelegd (verkeerde kleur, verkeerd model, ontbrekende onderdelen), om naar de opdrachtgever te sturen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
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
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No client feedback yet</source>
        <translation>Nog geen feedback voor opdrachtgevers</translation>
    </message>
    <message>
        <source>Feedback for %1</source>
        <translation>Feedback voor %1</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>De pdf kon niet worden opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Export client feedback as CSV</source>
        <translation>Feedback voor opdrachtgever exporteren als CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Client feedback written to %1.</source>
        <translation>Feedback voor opdrachtgever opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>Export client feedback as PDF</source>
        <translation>Feedback voor opdrachtgever exporteren als PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CrewsBoard</name>
    <message>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <source>&amp;Late only</source>
        <translation>Alleen &amp;te laat</translation>
    </message>
    <message>
        <source>Search route, crew, van, hub or next stop</source>
        <translation>Zoek rit, bemanning, bus, hub of volgende stop</translation>
    </message>
    <message>
        <source>Delivery day</source>
        <translation>Bezorgdag</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Route state</source>
        <translation>Toestand van de rit</translation>
    </message>
    <message numerus="yes">
        <source>Only routes %n or more minutes behind their plan</source>
        <translation>
            <numerusform>Alleen ritten die %n minuut of meer achterlopen</numerusform>
            <numerusform>Alleen ritten die %n minuten of meer achterlopen</numerusform>
        </translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle toestanden</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <source>All hubs</source>
        <translation>Alle hubs</translation>
    </message>
    <message>
        <source>No routes for this day yet. They appear as soon as the plan arrives from the feed.</source>
        <translation>Nog geen ritten voor deze dag. Ze verschijnen zodra de planning via de feed binnenkomt.</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n rit</numerusform>
            <numerusform>%n ritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n route(s) shown</source>
        <translation>
            <numerusform>%1 van %n rit getoond</numerusform>
            <numerusform>%1 van %n ritten getoond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken down</source>
        <translation>
            <numerusform>%n met pech</numerusform>
            <numerusform>%n met pech</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without contact</source>
        <translation>
            <numerusform>%n zonder contact</numerusform>
            <numerusform>%n zonder contact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>text after the closing quote of field %1</source>
        <translation>tekst na het sluitende aanhalingsteken van veld %1</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>een veld tussen aanhalingstekens is niet afgesloten voor het einde van het bestand</translation>
    </message>
    <message>
        <source>the row is not valid UTF-8 text</source>
        <translation>de regel is geen geldige UTF-8-tekst</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Er is geen databasebestand opgegeven.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>De map %1 voor de database kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>De database %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>Cannot prepare a statement: %1
%2</source>
        <translation>Een opdracht kan niet worden voorbereid: %1
%2</translation>
    </message>
    <message>
        <source>A statement failed: %1
%2</source>
        <translation>Een opdracht is mislukt: %1
%2</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Een transactie kan niet worden gestart: %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Vastleggen is mislukt: %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>De schemaversie kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 before upgrading the database: %2</source>
        <translation>De reservekopie %1 kan voor het bijwerken van de database niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Voorzet (schema version %2; this version understands up to %3). Open it with a newer Voorzet, or choose another database.</source>
        <translation>De database %1 is geschreven door een nieuwere versie van Voorzet (schemaversie %2; deze versie kent tot en met %3). Open hem met een nieuwere Voorzet of kies een andere database.</translation>
    </message>
    <message>
        <source>Cannot read the tables of the database: %1</source>
        <translation>De tabellen van de database kunnen niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>DayServer</name>
    <message>
        <source>Client connected from %1 (%2 past events sent)</source>
        <translation>Client verbonden vanaf %1 (%2 eerdere gebeurtenissen verstuurd)</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Not started</source>
        <translation>Niet gestart</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Rijdt</translation>
    </message>
    <message>
        <source>At a stop</source>
        <translation>Bij een stop</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Pech</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Geen contact</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Aangekomen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verplaatst</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Bezorgd</translation>
    </message>
    <message>
        <source>Not home</source>
        <translation>Niet thuis</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschadigd</translation>
    </message>
    <message>
        <source>Wrong product</source>
        <translation>Verkeerd product</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Onvolledig</translation>
    </message>
    <message>
        <source>deliver</source>
        <translation>bezorgen</translation>
    </message>
    <message>
        <source>place in room</source>
        <translation>plaatsen in kamer</translation>
    </message>
    <message>
        <source>install</source>
        <translation>installeren</translation>
    </message>
    <message>
        <source>assemble</source>
        <translation>monteren</translation>
    </message>
    <message>
        <source>take back old</source>
        <translation>oude retour</translation>
    </message>
    <message>
        <source>ID check</source>
        <translation>ID-controle</translation>
    </message>
    <message>
        <source>Washing machine</source>
        <translation>Wasmachine</translation>
    </message>
    <message>
        <source>Dryer</source>
        <translation>Droger</translation>
    </message>
    <message>
        <source>Dishwasher</source>
        <translation>Vaatwasser</translation>
    </message>
    <message>
        <source>Fridge</source>
        <translation>Koelkast</translation>
    </message>
    <message>
        <source>Freezer</source>
        <translation>Vriezer</translation>
    </message>
    <message>
        <source>Sofa</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Mattress</source>
        <translation>Matras</translation>
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
        <translation>Kledingkast</translation>
    </message>
    <message>
        <source>Oven</source>
        <translation>Oven</translation>
    </message>
    <message>
        <source>Television</source>
        <translation>Televisie</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>Kast</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>the line is longer than 1 MiB</source>
        <translation>de regel is langer dan 1 MiB</translation>
    </message>
    <message>
        <source>the line is not valid JSON at byte %1: %2</source>
        <translation>de regel is geen geldige JSON bij byte %1: %2</translation>
    </message>
    <message>
        <source>the line is not a JSON object</source>
        <translation>de regel is geen JSON-object</translation>
    </message>
    <message>
        <source>has a field name with an unescaped control character &quot;%1&quot; at byte %2; JSON strings must escape it</source>
        <translation>heeft een veldnaam met een niet-geëscapet stuurteken &quot;%1&quot; bij byte %2; JSON-teksten moeten dat escapen</translation>
    </message>
    <message>
        <source>contains an unescaped control character &quot;%1&quot; at byte %2; JSON strings must escape it</source>
        <translation>bevat een niet-geëscapet stuurteken &quot;%1&quot; bij byte %2; JSON-teksten moeten dat escapen</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>moet een tekst zijn</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>must have at least %1 characters</source>
        <translation>moet minstens %1 tekens hebben</translation>
    </message>
    <message>
        <source>must have at most %1 characters</source>
        <translation>mag hoogstens %1 tekens hebben</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>moet een getal zijn</translation>
    </message>
    <message>
        <source>is out of range (%1 to %2)</source>
        <translation>valt buiten het bereik (%1 tot %2)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>must be an RFC 3339 timestamp string</source>
        <translation>moet een RFC 3339-tijdstip als tekst zijn</translation>
    </message>
    <message>
        <source>is not an RFC 3339 timestamp with offset: &quot;%1&quot;</source>
        <translation>is geen RFC 3339-tijdstip met tijdzoneverschil: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; is niet een van: %2</translation>
    </message>
    <message>
        <source>ends before the window starts</source>
        <translation>eindigt voordat het tijdvak begint</translation>
    </message>
    <message>
        <source>must be a [lon, lat] pair of numbers</source>
        <translation>moet een paar getallen [lon, lat] zijn</translation>
    </message>
    <message>
        <source>is outside the earth&apos;s coordinates</source>
        <translation>ligt buiten de coördinaten van de aarde</translation>
    </message>
    <message>
        <source>is not a date in the form YYYY-MM-DD</source>
        <translation>is geen datum in de vorm JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in the plan</source>
        <translation>&quot;%1&quot; komt twee keer voor in de planning</translation>
    </message>
    <message>
        <source>%1 appears twice in the plan</source>
        <translation>%1 komt twee keer voor in de planning</translation>
    </message>
    <message>
        <source>ends before the warning starts</source>
        <translation>eindigt voordat de waarschuwing begint</translation>
    </message>
    <message>
        <source>must hold four numbers: min_lon, min_lat, max_lon, max_lat</source>
        <translation>moet vier getallen bevatten: min_lon, min_lat, max_lon, max_lat</translation>
    </message>
    <message>
        <source>is not a valid box (min_lon, min_lat, max_lon, max_lat)</source>
        <translation>is geen geldig kader (min_lon, min_lat, max_lon, max_lat)</translation>
    </message>
    <message>
        <source>must be 1 to 4 digits</source>
        <translation>moet uit 1 tot 4 cijfers bestaan</translation>
    </message>
    <message>
        <source>must have either &quot;bbox&quot; or &quot;postcodes&quot;</source>
        <translation>moet &quot;bbox&quot; of &quot;postcodes&quot; hebben</translation>
    </message>
    <message>
        <source>must be 1 (this is feed version 1)</source>
        <translation>moet 1 zijn (dit is feedversie 1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known event type</source>
        <translation>&quot;%1&quot; is geen bekend soort gebeurtenis</translation>
    </message>
</context>
<context>
    <name>FeedSource</name>
    <message>
        <source>standard input</source>
        <translation>standaardinvoer</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>verbinding gesloten</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1; nieuwe poging over %2 s</translation>
    </message>
</context>
<context>
    <name>GatewayConfig</name>
    <message>
        <source>The gateway address is not a valid URL.</source>
        <translation>Het gatewayadres is geen geldige URL.</translation>
    </message>
    <message>
        <source>The gateway address must use https (plain http only to this computer).</source>
        <translation>Het gatewayadres moet https gebruiken (gewone http alleen naar deze computer).</translation>
    </message>
    <message>
        <source>No gateway address: set it in the settings or in VOORZET_GATEWAY_URL.</source>
        <translation>Geen gatewayadres: stel het in bij de instellingen of in VOORZET_GATEWAY_URL.</translation>
    </message>
    <message>
        <source>The system keychain did not answer; set VOORZET_GATEWAY_SECRET instead.</source>
        <translation>De sleutelhanger van het systeem reageerde niet; stel in plaats daarvan VOORZET_GATEWAY_SECRET in.</translation>
    </message>
    <message>
        <source>No gateway secret in the system keychain (%1); set it in the settings or in VOORZET_GATEWAY_SECRET.</source>
        <translation>Geen gatewaygeheim in de sleutelhanger van het systeem (%1); stel het in bij de instellingen of in VOORZET_GATEWAY_SECRET.</translation>
    </message>
    <message>
        <source>This build has no keychain support; set VOORZET_GATEWAY_SECRET.</source>
        <translation>Deze versie ondersteunt geen sleutelhanger; stel VOORZET_GATEWAY_SECRET in.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>De sleutelhanger van het systeem reageerde niet.</translation>
    </message>
    <message>
        <source>This build has no keychain support.</source>
        <translation>Deze versie ondersteunt geen sleutelhanger.</translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation>er antwoordde geen sleutelhangerdienst</translation>
    </message>
    <message>
        <source>the system keychain did not answer</source>
        <translation>de sleutelhanger van het systeem reageerde niet</translation>
    </message>
    <message>
        <source>this build has no keychain support</source>
        <translation>deze versie ondersteunt geen sleutelhanger</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>Voorzet: the console of the driver-support desk.</source>
        <translation>Voorzet: de console van de chauffeurssupport.</translation>
    </message>
    <message>
        <source>Open a fresh demo database with a simulated day running live.</source>
        <translation>Open een nieuwe demodatabase met een gesimuleerde dag die live loopt.</translation>
    </message>
    <message>
        <source>Follow a feed: a file (followed as it grows), - for standard input, or a ws:// address.</source>
        <translation>Volg een feed: een bestand (gevolgd terwijl het groeit), - voor standaardinvoer, of een ws://-adres.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <source>The SQLite database file.</source>
        <translation>Het SQLite-databasebestand.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pad</translation>
    </message>
    <message>
        <source>The language of this run: nl or en.</source>
        <translation>De taal van deze sessie: nl of en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>Demo: the simulator&apos;s seed (default 1).</source>
        <translation>Demo: het startgetal van de simulator (standaard 1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Demo: the number of vans (default 60).</source>
        <translation>Demo: het aantal bussen (standaard 60).</translation>
    </message>
    <message>
        <source>Demo: how many times faster than real time (default 10).</source>
        <translation>Demo: hoeveel keer sneller dan de echte tijd (standaard 10).</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Demo: the time of day the simulation starts at (HH:MM).</source>
        <translation>Demo: het tijdstip waarop de simulatie begint (UU:MM).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tijd</translation>
    </message>
    <message>
        <source>Demo: the simulated day (default today).</source>
        <translation>Demo: de gesimuleerde dag (standaard vandaag).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>--lang takes nl or en, not &quot;%1&quot;.</source>
        <translation>--lang verwacht nl of en, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--demo and --feed cannot be used together.</source>
        <translation>--demo en --feed gaan niet samen.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 verwacht een geheel getal van %2 tot %3, niet &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--speed takes a number above 0 and at most 3600, not &quot;%1&quot;.</source>
        <translation>--speed verwacht een getal boven 0 en hoogstens 3600, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--start takes a time as HH:MM, not &quot;%1&quot;.</source>
        <translation>--start verwacht een tijd als UU:MM, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--date takes a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date verwacht een dag als JJJJ-MM-DD, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed, --vans, --speed, --start and --date only apply with --demo.</source>
        <translation>--seed, --vans, --speed, --start en --date gelden alleen met --demo.</translation>
    </message>
    <message>
        <source>Voorzet</source>
        <translation>Voorzet</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2</source>
        <translation>De database %1 kan niet worden geopend.

%2</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nieuw incident</translation>
    </message>
    <message>
        <source>For the desk; not sent to customers</source>
        <translation>Voor de desk; wordt niet naar klanten gestuurd</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stops</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Ritten</translation>
    </message>
    <message>
        <source>Hubs</source>
        <translation>Hubs</translation>
    </message>
    <message>
        <source>Postcode prefixes</source>
        <translation>Postcodebegin</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Show affected</source>
        <translation>Getroffen tonen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Tijdvak</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Select a customer to see and edit their message</source>
        <translation>Kies een klant om het bericht te zien en te bewerken</translation>
    </message>
    <message>
        <source>Queue messages</source>
        <translation>Berichten in wachtrij zetten</translation>
    </message>
    <message>
        <source>none: call</source>
        <translation>geen: bellen</translation>
    </message>
    <message numerus="yes">
        <source>%n affected stops</source>
        <translation>
            <numerusform>%n getroffen stop</numerusform>
            <numerusform>%n getroffen stops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the incident a scope: stops, routes, hubs, postcode prefixes or an area.</source>
        <translation>Geef het incident een bereik: stops, ritten, hubs, postcodebegin of een gebied.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message numerus="yes">
        <source>%n corners drawn on the map</source>
        <translation>
            <numerusform>%n hoek getekend op de kaart</numerusform>
            <numerusform>%n hoeken getekend op de kaart</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Confirm the proposed incident</source>
        <translation>Voorgesteld incident bevestigen</translation>
    </message>
    <message>
        <source>This proposal was dismissed meanwhile (by %1); nothing was queued.</source>
        <translation>Dit voorstel is intussen afgewezen (door %1); er is niets in de wachtrij gezet.</translation>
    </message>
    <message>
        <source>The messages name neither a phone number nor an email address: fill in at least one under File › Settings › Notices before queueing.</source>
        <translation>De berichten noemen geen telefoonnummer en geen e-mailadres: vul er minstens één in onder Bestand › Instellingen › Berichten voordat je ze in de wachtrij zet.</translation>
    </message>
    <message>
        <source>Told before</source>
        <translation>Al geïnformeerd</translation>
    </message>
    <message>
        <source>A message about this stop from another incident: queued, sent or failed</source>
        <translation>Een bericht over deze stop vanuit een ander incident: in wachtrij, verzonden of mislukt</translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n told before by another incident</source>
        <translation>
            <numerusform>%n al geïnformeerd via een ander incident</numerusform>
            <numerusform>%n al geïnformeerd via een ander incident</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what happened…</source>
        <translation>Kies wat er is gebeurd…</translation>
    </message>
    <message>
        <source>Choose what happened first: it decides the message every customer gets.</source>
        <translation>Kies eerst wat er is gebeurd: dat bepaalt het bericht dat elke klant krijgt.</translation>
    </message>
    <message>
        <source>Choose what happened: it decides the message every customer gets.</source>
        <translation>Kies wat er is gebeurd: dat bepaalt het bericht dat elke klant krijgt.</translation>
    </message>
    <message>
        <source>Chosen from the situation: %1</source>
        <translation>Gekozen op grond van de situatie: %1</translation>
    </message>
    <message>
        <source>Choose what happened to see each customer&apos;s message</source>
        <translation>Kies wat er is gebeurd om het bericht per klant te zien</translation>
    </message>
</context>
<context>
    <name>LiveFeed</name>
    <message>
        <source>The feed could not be stored: %1</source>
        <translation>De feed kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No feed</source>
        <translation>Geen feed</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Waiting for data</source>
        <translation>Wacht op gegevens</translation>
    </message>
    <message>
        <source>Feed ended</source>
        <translation>Feed beëindigd</translation>
    </message>
    <message>
        <source>Feed failed</source>
        <translation>Feed mislukt</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>The feed could not be applied: %1</source>
        <translation>De feed kon niet worden verwerkt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n geweigerd</numerusform>
            <numerusform>%n geweigerd</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <source>Pause or resume the simulated clock (F6)</source>
        <translation>Zet de gesimuleerde klok stil of laat hem verder lopen (F6)</translation>
    </message>
    <message>
        <source>Run the simulated day in real time (%1)</source>
        <translation>Laat de gesimuleerde dag in echte tijd lopen (%1)</translation>
    </message>
    <message>
        <source>Run the simulated day %1 times as fast (%2)</source>
        <translation>Laat de gesimuleerde dag %1 keer zo snel lopen (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Follow a feed &amp;file…</source>
        <translation>Een feed&amp;bestand volgen…</translation>
    </message>
    <message>
        <source>&amp;Connect to a feed…</source>
        <translation>&amp;Verbinden met een feed…</translation>
    </message>
    <message>
        <source>&amp;Stop following the feed</source>
        <translation>Feed niet meer &amp;volgen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Search the crews board</source>
        <translation>In het bemanningsbord &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Vanda&amp;ag</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Reset the layout</source>
        <translation>Indeling &amp;herstellen</translation>
    </message>
    <message>
        <source>Si&amp;mulation</source>
        <translation>Si&amp;mulatie</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulatie</translation>
    </message>
    <message>
        <source>Simulated day:</source>
        <translation>Gesimuleerde dag:</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Voorzet</source>
        <translation>&amp;Over Voorzet</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>Feed events applied per second</source>
        <translation>Verwerkte feedgebeurtenissen per seconde</translation>
    </message>
    <message>
        <source>Events the feed sent that could not be applied; they are kept with their reason</source>
        <translation>Gebeurtenissen uit de feed die niet konden worden verwerkt; ze worden met hun reden bewaard</translation>
    </message>
    <message>
        <source>The operation&apos;s clock</source>
        <translation>De klok van de operatie</translation>
    </message>
    <message>
        <source>No feed is followed</source>
        <translation>Er wordt geen feed gevolgd</translation>
    </message>
    <message>
        <source>Feed: %1</source>
        <translation>Feed: %1</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(gepauzeerd)</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 gebeurtenissen/s</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The new database is opened at the next start.</source>
        <translation>De nieuwe database wordt bij de volgende start geopend.</translation>
    </message>
    <message>
        <source>Follow a feed file</source>
        <translation>Een feedbestand volgen</translation>
    </message>
    <message>
        <source>Feed files (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>Feedbestanden (*.jsonl *.ndjson *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>%1 wordt gevolgd</translation>
    </message>
    <message>
        <source>Connect to a feed</source>
        <translation>Verbinden met een feed</translation>
    </message>
    <message>
        <source>WebSocket address of the feed:</source>
        <translation>WebSocket-adres van de feed:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a WebSocket address. It starts with ws:// or wss://, for example ws://127.0.0.1:8765.</source>
        <translation>&quot;%1&quot; is geen WebSocket-adres. Zo&apos;n adres begint met ws:// of wss://, bijvoorbeeld ws://127.0.0.1:8765.</translation>
    </message>
    <message>
        <source>About Voorzet</source>
        <translation>Over Voorzet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Voorzet %1&lt;/h3&gt;&lt;p&gt;The console of the driver-support desk: live routes, crews and ETAs, rescheduling, force majeure notices and customer reviews.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Feed: %3&lt;/p&gt;&lt;p&gt;Built with Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Voorzet %1&lt;/h3&gt;&lt;p&gt;De console van de chauffeurssupport: live ritten, bemanningen en aankomsttijden, herplannen, overmachtberichten en klantbeoordelingen.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Feed: %3&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>The layout is back to its defaults; column widths follow at the next start.</source>
        <translation>De indeling is terug naar de standaard; kolombreedtes volgen bij de volgende start.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>The reviews could not be opened: %1</source>
        <translation>De reviews konden niet worden geopend: %1</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Geen meldingen</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n melding</numerusform>
            <numerusform>%n meldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nieuw</numerusform>
            <numerusform>%n nieuw</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Meldingen (%1)</translation>
    </message>
    <message>
        <source>Voorzet</source>
        <translation>Voorzet</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Meldingen</translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation>Be&amp;richten</translation>
    </message>
    <message>
        <source>New &amp;overmacht incident…</source>
        <translation>Nieuw &amp;overmachtincident…</translation>
    </message>
    <message>
        <source>Show the &amp;outbox</source>
        <translation>&amp;Postvak uit tonen</translation>
    </message>
    <message>
        <source>Open alerts; F4 shows the alerts panel</source>
        <translation>Open meldingen; F4 toont het meldingenpaneel</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>B&amp;ewerken</translation>
    </message>
    <message>
        <source>New incident for an &amp;area on the map…</source>
        <translation>Nieuw incident voor een &amp;gebied op de kaart…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n alert(s)</source>
        <translation>
            <numerusform>%1 · %n melding</numerusform>
            <numerusform>%1 · %n meldingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Vans</source>
        <translation>Bussen</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stops</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
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
        <translation>Geplande ritten</translation>
    </message>
    <message>
        <source>Driven paths</source>
        <translation>Gereden routes</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stops</translation>
    </message>
    <message>
        <source>Vans</source>
        <translation>Bussen</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <source>Choose what the map shows</source>
        <translation>Kies wat de kaart toont</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <source>Show the selected route whole, or everything</source>
        <translation>Toon de gekozen rit helemaal, of alles</translation>
    </message>
    <message>
        <source>Follow van</source>
        <translation>Bus volgen</translation>
    </message>
    <message>
        <source>Keep the selected route&apos;s van in the middle of the map</source>
        <translation>Houd de bus van de gekozen rit midden op de kaart</translation>
    </message>
    <message>
        <source>Only selected route</source>
        <translation>Alleen gekozen rit</translation>
    </message>
    <message>
        <source>Hide the other routes, their stops and vans</source>
        <translation>Verberg de andere ritten, hun stops en bussen</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Inzoomen (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Uitzoomen (−)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Selected route</source>
        <translation>Gekozen rit</translation>
    </message>
    <message>
        <source>Hubs</source>
        <translation>Hubs</translation>
    </message>
    <message>
        <source>Basemap: Natural Earth, GeoNames</source>
        <translation>Basiskaart: Natural Earth, GeoNames</translation>
    </message>
    <message>
        <source>Map tiles © OpenStreetMap contributors</source>
        <translation>Kaarttegels © OpenStreetMap-bijdragers</translation>
    </message>
    <message>
        <source>tile server unavailable, offline basemap shown</source>
        <translation>tegelserver onbereikbaar, offline basiskaart getoond</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message numerus="yes">
        <source>%n route(s) today</source>
        <translation>
            <numerusform>%n rit vandaag</numerusform>
            <numerusform>%n ritten vandaag</numerusform>
        </translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Bemanning</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Vertraging</translation>
    </message>
    <message numerus="yes">
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min achter</numerusform>
            <numerusform>%n min achter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min voor</numerusform>
            <numerusform>%n min voor</numerusform>
        </translation>
    </message>
    <message>
        <source>on time</source>
        <translation>op tijd</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>%1 of %2 stops</source>
        <translation>%1 van %2 stops</translation>
    </message>
    <message>
        <source>Next stop</source>
        <translation>Volgende stop</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min geleden</numerusform>
            <numerusform>%n min geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rit</translation>
    </message>
    <message>
        <source>%1, stop %2</source>
        <translation>%1, stop %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Tijdvak</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Aangekomen</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>return visit %1</source>
        <translation>herbezoek %1</translation>
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
            <numerusform>&lt;b&gt;%n bus&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n bussen&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Klik om in te zoomen</translation>
    </message>
    <message numerus="yes">
        <source>%n min after the window</source>
        <translation>
            <numerusform>%n min na het tijdvak</numerusform>
            <numerusform>%n min na het tijdvak</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verplaatst</translation>
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
        <translation>Stops naar een andere bus verplaatsen</translation>
    </message>
    <message>
        <source>%1  %2, %3  (route %4, window %5–%6)</source>
        <translation>%1  %2, %3  (rit %4, tijdvak %5–%6)</translation>
    </message>
    <message>
        <source>Choose a van</source>
        <translation>Kies een bus</translation>
    </message>
    <message>
        <source>The route of today that takes the stops</source>
        <translation>De rit van vandaag die de stops overneemt</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Why the stops change van (optional)</source>
        <translation>Waarom de stops van bus wisselen (optioneel)</translation>
    </message>
    <message>
        <source>&amp;To van:</source>
        <translation>Naar &amp;bus:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>Effect on the routes:</source>
        <translation>Gevolgen voor de ritten:</translation>
    </message>
    <message>
        <source>Choose the van that takes the stops.</source>
        <translation>Kies de bus die de stops overneemt.</translation>
    </message>
    <message>
        <source>Windows kept: %1 before, %2 after (%3 broken). Driving: %4 km, %5 min.</source>
        <translation>Tijdvakken gehaald: %1 nu, %2 na de wijziging (%3 gemist). Rijden: %4 km, %5 min.</translation>
    </message>
    <message>
        <source>Back after the crew&apos;s working day: %1.</source>
        <translation>Terug na de werkdag van de bemanning: %1.</translation>
    </message>
</context>
<context>
    <name>NoticeActions</name>
    <message>
        <source>Messages the gateway refused or that could not be delivered; retry or export them in the outbox</source>
        <translation>Berichten die de gateway weigerde of die niet konden worden afgeleverd; probeer ze opnieuw of exporteer ze in het postvak uit</translation>
    </message>
    <message>
        <source>No gateway is set up yet.</source>
        <translation>Er is nog geen gateway ingesteld.</translation>
    </message>
    <message>
        <source>No gateway is set up.</source>
        <translation>Er is geen gateway ingesteld.</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Het postvak uit kon niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) failed</source>
        <translation>
            <numerusform>%n bericht mislukt</numerusform>
            <numerusform>%n berichten mislukt</numerusform>
        </translation>
    </message>
    <message>
        <source>The incident&apos;s messages are queued and being sent.</source>
        <translation>De berichten van het incident staan in de wachtrij en worden verzonden.</translation>
    </message>
    <message>
        <source>The incident&apos;s messages are queued; they wait for a gateway to be set in the settings.</source>
        <translation>De berichten van het incident staan in de wachtrij; ze wachten tot er in de instellingen een gateway is ingesteld.</translation>
    </message>
    <message>
        <source>Drawing an area: click its corners · double-click or Enter closes it · Backspace takes a corner back · Esc cancels</source>
        <translation>Gebied tekenen: klik de hoeken aan · dubbelklik of Enter sluit het · Backspace haalt een hoek weg · Esc annuleert</translation>
    </message>
    <message>
        <source>No area drawn.</source>
        <translation>Geen gebied getekend.</translation>
    </message>
    <message>
        <source>Click the corners of the area on the map; double-click or Enter closes it, Backspace takes a corner back, Esc cancels.</source>
        <translation>Klik op de kaart de hoeken van het gebied aan; dubbelklik of Enter sluit het, Backspace haalt een hoek weg, Esc annuleert.</translation>
    </message>
    <message>
        <source>Voorzet proposes to tell customers: %1 (%2)</source>
        <translation>Voorzet stelt voor klanten te informeren: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>NoticeSettingsPage</name>
    <message>
        <source>Customer-messaging gateway</source>
        <translation>Gateway voor klantberichten</translation>
    </message>
    <message>
        <source>Type the secret to store it</source>
        <translation>Typ het geheim om het op te slaan</translation>
    </message>
    <message>
        <source>Looking in the system keychain…</source>
        <translation>Zoeken in de sleutelhanger van het systeem…</translation>
    </message>
    <message>
        <source>Keychain unavailable (%1): the secret cannot be stored here. Start Voorzet with VOORZET_GATEWAY_SECRET set instead.</source>
        <translation>Sleutelhanger niet beschikbaar (%1): het geheim kan hier niet worden opgeslagen. Start Voorzet in plaats daarvan met VOORZET_GATEWAY_SECRET ingesteld.</translation>
    </message>
    <message>
        <source>✓ A secret is stored in the system keychain (never in the settings file). Leave this empty to keep it.</source>
        <translation>✓ Er is een geheim opgeslagen in de sleutelhanger van het systeem (nooit in het instellingenbestand). Laat dit leeg om het te houden.</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Opgeslagen in de sleutelhanger</translation>
    </message>
    <message>
        <source>No secret is stored yet. The one you type is kept in the system keychain, never in the settings file.</source>
        <translation>Er is nog geen geheim opgeslagen. Wat je typt, wordt bewaard in de sleutelhanger van het systeem, nooit in het instellingenbestand.</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Sleutelhanger niet beschikbaar</translation>
    </message>
    <message>
        <source>Keychain unavailable: this build cannot store the secret. Start Voorzet with VOORZET_GATEWAY_SECRET set instead.</source>
        <translation>Sleutelhanger niet beschikbaar: deze versie kan het geheim niet opslaan. Start Voorzet in plaats daarvan met VOORZET_GATEWAY_SECRET ingesteld.</translation>
    </message>
    <message>
        <source>Gateway &amp;address:</source>
        <translation>Gateway&amp;adres:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheim:</translation>
    </message>
    <message>
        <source>%1 is set in the environment and wins over these settings.</source>
        <translation>%1 is ingesteld in de omgeving en gaat voor deze instellingen.</translation>
    </message>
    <message>
        <source>How customers reach you</source>
        <translation>Contactgegevens voor klanten</translation>
    </message>
    <message>
        <source>Uw bezorgteam / Your delivery team</source>
        <translation>Uw bezorgteam / Your delivery team</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Bedrijfs&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>The messages name neither a phone number nor an email address: fill in at least one.</source>
        <translation>De berichten noemen geen telefoonnummer en geen e-mailadres: vul er minstens één in.</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Berichtsjablonen</translation>
    </message>
    <message>
        <source>Next step: a new expected time</source>
        <translation>Volgende stap: een nieuwe verwachte tijd</translation>
    </message>
    <message>
        <source>Next step: a new appointment</source>
        <translation>Volgende stap: een nieuwe afspraak</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Standaard herstellen</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Invulvelden: %1</translation>
    </message>
    <message>
        <source>No gateway: messages are kept in the outbox until one is set here.</source>
        <translation>Geen gateway: berichten blijven in het postvak uit tot er hier een is ingesteld.</translation>
    </message>
    <message>
        <source>Messages are posted to this address, signed with the secret.</source>
        <translation>Berichten worden naar dit adres gestuurd, ondertekend met het geheim.</translation>
    </message>
    <message>
        <source>Default text</source>
        <translation>Standaardtekst</translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation>Eigen tekst</translation>
    </message>
    <message>
        <source>Unknown placeholders stay in the message as they are: %1</source>
        <translation>Onbekende invulvelden blijven ongewijzigd in het bericht staan: %1</translation>
    </message>
    <message>
        <source>What %1 gets (%2):</source>
        <translation>Wat %1 krijgt (%2):</translation>
    </message>
    <message>
        <source>What a customer gets, for example %1 (%2):</source>
        <translation>Wat een klant krijgt, bijvoorbeeld %1 (%2):</translation>
    </message>
    <message>
        <source>Notices: %1</source>
        <translation>Berichten: %1</translation>
    </message>
    <message>
        <source>The gateway secret could not be stored in the system keychain: %1</source>
        <translation>Het gatewaygeheim kon niet worden opgeslagen in de sleutelhanger van het systeem: %1</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Van breakdown</source>
        <translation>Pech met bus</translation>
    </message>
    <message>
        <source>Snow</source>
        <translation>Sneeuw</translation>
    </message>
    <message>
        <source>Ice</source>
        <translation>IJzel</translation>
    </message>
    <message>
        <source>Storm</source>
        <translation>Storm</translation>
    </message>
    <message>
        <source>Road closure</source>
        <translation>Wegafsluiting</translation>
    </message>
    <message>
        <source>Wrong product from the client</source>
        <translation>Verkeerd product van de opdrachtgever</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In wachtrij</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Bezig met verzenden</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message numerus="yes">
        <source>an area of %n corners</source>
        <translation>
            <numerusform>een gebied met %n hoek</numerusform>
            <numerusform>een gebied met %n hoeken</numerusform>
        </translation>
    </message>
    <message>
        <source>Van %1 broke down; repair expected to take %2 min.</source>
        <translation>Bus %1 is uitgevallen; reparatie duurt naar verwachting %2 min.</translation>
    </message>
    <message>
        <source>Weather warning %1 (%2).</source>
        <translation>Weerwaarschuwing %1 (%2).</translation>
    </message>
    <message>
        <source>The customer has no phone number or email address.</source>
        <translation>De klant heeft geen telefoonnummer of e-mailadres.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation>
            <numerusform>Gestopt na %n poging: %1</numerusform>
            <numerusform>Gestopt na %n pogingen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Van %1 has broken down.</source>
        <translation>Bus %1 heeft pech.</translation>
    </message>
    <message>
        <source>Vans %1 have broken down.</source>
        <translation>Bussen %1 hebben pech.</translation>
    </message>
    <message>
        <source>Weather warnings of more than one kind over these stops: %1.</source>
        <translation>Weerwaarschuwingen van meer dan één soort voor deze stops: %1.</translation>
    </message>
    <message>
        <source>Weather warning %1 (%2) over %3 of %4 stops.</source>
        <translation>Weerwaarschuwing %1 (%2) voor %3 van de %4 stops.</translation>
    </message>
    <message>
        <source>There is no notice for this weather.</source>
        <translation>Voor dit weer is er geen bericht.</translation>
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
        <translation>ritten %1</translation>
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
        <translation>De gateway antwoordde HTTP %1: %2</translation>
    </message>
    <message>
        <source>The gateway refused the message (HTTP %1).</source>
        <translation>De gateway weigerde het bericht (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway did not answer within %1 s.</source>
        <translation>De gateway antwoordde niet binnen %1 s.</translation>
    </message>
    <message>
        <source>Cannot reach the gateway: %1</source>
        <translation>Gateway niet bereikbaar: %1</translation>
    </message>
</context>
<context>
    <name>Notices::OutboxModel</name>
    <message>
        <source>retry at %1</source>
        <translation>nieuwe poging om %1</translation>
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
        <translation>Soort</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Sent / reason</source>
        <translation>Verzonden / reden</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Retry failed</source>
        <translation>Mislukte opnieuw proberen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Export failed…</source>
        <translation>Mislukte exporteren…</translation>
    </message>
    <message>
        <source>Put the selected failed messages (or all failed ones when none is selected) back in the queue, with their idempotency keys.</source>
        <translation>De geselecteerde mislukte berichten (of alle mislukte als er niets is geselecteerd) terug in de wachtrij zetten, met hun idempotentiesleutels.</translation>
    </message>
    <message>
        <source>Queued %1 · sending %2 · sent %3 · failed %4</source>
        <translation>In wachtrij %1 · bezig %2 · verzonden %3 · mislukt %4</translation>
    </message>
    <message>
        <source>Export failed messages</source>
        <translation>Mislukte berichten exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>Show the messages of one incident, with its totals per state</source>
        <translation>Toon de berichten van één incident, met de aantallen per toestand</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Messages wait in the outbox: they are not sent until a gateway is set in the settings (Notices).&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Berichten wachten in het postvak uit: ze worden pas verzonden als er in de instellingen een gateway is ingesteld (Berichten).&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 in wachtrij</translation>
    </message>
    <message>
        <source>%1 sending</source>
        <translation>%1 bezig</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 verzonden</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 mislukt</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Alle incidenten</translation>
    </message>
    <message>
        <source>no messages</source>
        <translation>geen berichten</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; is geen getal</translation>
    </message>
    <message>
        <source>%1 is out of range (at most 1e9)</source>
        <translation>%1 valt buiten het bereik (hoogstens 1e9)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; is geen geheel getal</translation>
    </message>
</context>
<context>
    <name>Planning::PlanViolation</name>
    <message>
        <source>route %1: customer %2 is served %3 after its due time</source>
        <translation>rit %1: klant %2 wordt %3 na de uiterste tijd bediend</translation>
    </message>
    <message>
        <source>route %1 carries %2 more than its capacity</source>
        <translation>rit %1 vervoert %2 meer dan de capaciteit</translation>
    </message>
    <message>
        <source>route %1 returns %2 after the end of the working day</source>
        <translation>rit %1 keert %2 na het einde van de werkdag terug</translation>
    </message>
    <message>
        <source>route %1 visits an unknown site %2</source>
        <translation>rit %1 bezoekt een onbekende locatie %2</translation>
    </message>
    <message>
        <source>customer %1 is planned more than once</source>
        <translation>klant %1 is meer dan eens ingepland</translation>
    </message>
    <message>
        <source>customer %1 is not planned</source>
        <translation>klant %1 is niet ingepland</translation>
    </message>
    <message>
        <source>route %1 has a vehicle that is missing or already used</source>
        <translation>rit %1 heeft een voertuig dat ontbreekt of al gebruikt is</translation>
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
        <translation>regel %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Planning::SolomonReader</name>
    <message>
        <source>the file ends before %1</source>
        <translation>het bestand eindigt voor %1</translation>
    </message>
    <message>
        <source>expected %1, found &apos;%2&apos;</source>
        <translation>%1 verwacht, &apos;%2&apos; gevonden</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>the instance name is missing</source>
        <translation>de naam van de instantie ontbreekt</translation>
    </message>
    <message>
        <source>the file ends before the vehicle count</source>
        <translation>het bestand eindigt voor het aantal voertuigen</translation>
    </message>
    <message>
        <source>expected two numbers (vehicle count and capacity), found %1 fields</source>
        <translation>twee getallen verwacht (aantal voertuigen en capaciteit), %1 velden gevonden</translation>
    </message>
    <message>
        <source>the vehicle count must be between 1 and 100000</source>
        <translation>het aantal voertuigen moet tussen 1 en 100000 liggen</translation>
    </message>
    <message>
        <source>the capacity must be positive</source>
        <translation>de capaciteit moet positief zijn</translation>
    </message>
    <message>
        <source>expected 7 fields (%1), found %2</source>
        <translation>7 velden verwacht (%1), %2 gevonden</translation>
    </message>
    <message>
        <source>the number must not be negative</source>
        <translation>het getal mag niet negatief zijn</translation>
    </message>
    <message>
        <source>customer %1 appears twice</source>
        <translation>klant %1 komt twee keer voor</translation>
    </message>
    <message>
        <source>the coordinate is out of range</source>
        <translation>de coördinaat valt buiten het bereik</translation>
    </message>
    <message>
        <source>the demand must not be negative</source>
        <translation>de vraag mag niet negatief zijn</translation>
    </message>
    <message>
        <source>the service time must not be negative</source>
        <translation>de servicetijd mag niet negatief zijn</translation>
    </message>
    <message>
        <source>the due date %1 is before the ready time %2</source>
        <translation>de uiterste tijd %1 ligt voor de starttijd %2</translation>
    </message>
    <message>
        <source>the first row is the depot and must have no demand</source>
        <translation>de eerste regel is het depot en mag geen vraag hebben</translation>
    </message>
    <message>
        <source>more than 10000 customers are not supported</source>
        <translation>meer dan 10000 klanten worden niet ondersteund</translation>
    </message>
    <message>
        <source>the depot row is missing</source>
        <translation>de regel voor het depot ontbreekt</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 · proposed at %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 · voorgesteld om %4</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>Bevestigen…</translation>
    </message>
    <message>
        <source>Open the incident to check who is affected and queue the messages</source>
        <translation>Open het incident om te zien wie getroffen is en zet de berichten in de wachtrij</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>No messages for this; it is not proposed again</source>
        <translation>Geen berichten hiervoor; het wordt niet opnieuw voorgesteld</translation>
    </message>
    <message numerus="yes">
        <source>Voorzet proposes %n incident(s) to tell customers about</source>
        <translation>
            <numerusform>Voorzet stelt %n incident voor om klanten over te informeren</numerusform>
            <numerusform>Voorzet stelt %n incidenten voor om klanten over te informeren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Replan</name>
    <message>
        <source>Customer not home</source>
        <translation>Klant niet thuis</translation>
    </message>
    <message>
        <source>Client delivered the wrong product</source>
        <translation>Opdrachtgever leverde het verkeerde product</translation>
    </message>
    <message>
        <source>Van breakdown</source>
        <translation>Pech met bus</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Weer</translation>
    </message>
    <message>
        <source>Customer&apos;s request</source>
        <translation>Op verzoek van de klant</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Rescue the stops of route %1</source>
        <translation>Stops van rit %1 verdelen</translation>
    </message>
    <message numerus="yes">
        <source>Reschedule %n stops</source>
        <translation>
            <numerusform>%n stop opnieuw inplannen</numerusform>
            <numerusform>%n stops opnieuw inplannen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move stops between routes %1</source>
        <translation>Stops verplaatsen tussen ritten %1</translation>
    </message>
    <message>
        <source>there is no route %1</source>
        <translation>rit %1 bestaat niet</translation>
    </message>
    <message>
        <source>Reschedule stop %1 to %2 %3–%4</source>
        <translation>Stop %1 opnieuw inplannen op %2 %3–%4</translation>
    </message>
</context>
<context>
    <name>Replan::StopChanges</name>
    <message>
        <source>There is no stop %1.</source>
        <translation>Stop %1 bestaat niet.</translation>
    </message>
    <message>
        <source>There is no route %1.</source>
        <translation>Rit %1 bestaat niet.</translation>
    </message>
    <message>
        <source>A re-plan needs one return visit id per rescheduled stop.</source>
        <translation>Een herplanning heeft per opnieuw ingeplande stop één herbezoek-id nodig.</translation>
    </message>
    <message>
        <source>The new order of route %1 needs one planned arrival per stop.</source>
        <translation>De nieuwe volgorde van rit %1 heeft per stop één geplande aankomst nodig.</translation>
    </message>
    <message>
        <source>Stop %1 was already visited or moved; it cannot be planned again.</source>
        <translation>Stop %1 is al bezocht of verplaatst; hij kan niet opnieuw worden gepland.</translation>
    </message>
    <message>
        <source>Stop %1 was already delivered or moved; it cannot be rescheduled.</source>
        <translation>Stop %1 is al bezorgd of verplaatst; hij kan niet opnieuw worden ingepland.</translation>
    </message>
    <message>
        <source>The new window of stop %1 ends before it starts.</source>
        <translation>Het nieuwe tijdvak van stop %1 eindigt voordat het begint.</translation>
    </message>
    <message>
        <source>Route %1 does not drive on %2.</source>
        <translation>Rit %1 rijdt niet op %2.</translation>
    </message>
    <message>
        <source>Stop %1 has been visited on route %2 since; this change can no longer be undone.</source>
        <translation>Stop %1 is intussen bezocht op rit %2; deze wijziging kan niet meer ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>The return visit %1 has been visited on route %2 since; this change can no longer be undone.</source>
        <translation>Het herbezoek %1 is intussen bezocht op rit %2; deze wijziging kan niet meer ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>Replan::VisitNote</name>
    <message>
        <source>Attempt %1: return visit, must be perfect</source>
        <translation>Poging %1: herbezoek, moet perfect gaan</translation>
    </message>
    <message>
        <source>Attempt %1: the first time (%2) %3</source>
        <translation>Poging %1: de eerste keer (%2) %3</translation>
    </message>
    <message>
        <source>it did not work out</source>
        <translation>lukte het niet</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Verplaatst: %1</translation>
    </message>
    <message>
        <source>, by %1 at %2</source>
        <translation>, door %1 om %2</translation>
    </message>
    <message>
        <source>; return visit %1 on %2</source>
        <translation>; herbezoek %1 op %2</translation>
    </message>
    <message>
        <source>; return visit %1 on %2, not on a route yet</source>
        <translation>; herbezoek %1 op %2, nog niet op een rit</translation>
    </message>
</context>
<context>
    <name>ReplanActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieu&amp;w</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>Opnieuw &amp;inplannen…</translation>
    </message>
    <message>
        <source>Move the selected stops to another day and window</source>
        <translation>De gekozen stops naar een andere dag en een ander tijdvak verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Move to another van…</source>
        <translation>Naar andere &amp;bus verplaatsen…</translation>
    </message>
    <message>
        <source>Move the selected stops to another route today, with a preview</source>
        <translation>De gekozen stops vandaag naar een andere rit verplaatsen, met een voorbeeld</translation>
    </message>
    <message>
        <source>Breakdown: r&amp;escue stops…</source>
        <translation>Pech: stops ver&amp;delen…</translation>
    </message>
    <message>
        <source>Spread the remaining stops of the selected route over other vans</source>
        <translation>De resterende stops van de gekozen rit over andere bussen verdelen</translation>
    </message>
    <message>
        <source>&lt;before the first re-plan&gt;</source>
        <translation>&lt;vóór de eerste herplanning&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>Wijzigings&amp;geschiedenis</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Opnieuw inplannen…</translation>
    </message>
    <message numerus="yes">
        <source>Reschedule %n stops…</source>
        <translation>
            <numerusform>%n stop opnieuw inplannen…</numerusform>
            <numerusform>%n stops opnieuw inplannen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to another van…</source>
        <translation>Naar andere bus verplaatsen…</translation>
    </message>
    <message numerus="yes">
        <source>Move %n stops to another van…</source>
        <translation>
            <numerusform>%n stop naar andere bus verplaatsen…</numerusform>
            <numerusform>%n stops naar andere bus verplaatsen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Breakdown: rescue stops of %1…</source>
        <translation>Pech: stops van %1 verdelen…</translation>
    </message>
    <message>
        <source>Re-plan not applied</source>
        <translation>Herplanning niet doorgevoerd</translation>
    </message>
    <message>
        <source>The change could not be applied; nothing was changed.

%1</source>
        <translation>De wijziging kon niet worden doorgevoerd; er is niets veranderd.

%1</translation>
    </message>
    <message>
        <source>Could not undo or redo the re-plan: %1</source>
        <translation>De herplanning kon niet ongedaan worden gemaakt of opnieuw worden uitgevoerd: %1</translation>
    </message>
    <message>
        <source>Done: %1 (Ctrl+Z undoes it)</source>
        <translation>Uitgevoerd: %1 (Ctrl+Z maakt dit ongedaan)</translation>
    </message>
    <message>
        <source>Re-plan kept</source>
        <translation>Herplanning blijft staan</translation>
    </message>
    <message>
        <source>The re-plan could not be undone or redone; it stays as it is and leaves the undo history.

%1</source>
        <translation>De herplanning kon niet ongedaan worden gemaakt of opnieuw worden uitgevoerd; ze blijft zoals ze is en verdwijnt uit de wijzigingsgeschiedenis.

%1</translation>
    </message>
    <message>
        <source>Return visits to plan</source>
        <translation>Nog in te plannen herbezoeken</translation>
    </message>
    <message>
        <source>Return &amp;visits to plan</source>
        <translation>Nog in te plannen &amp;herbezoeken</translation>
    </message>
    <message>
        <source>The return visits promised for a day that no route takes yet</source>
        <translation>De toegezegde herbezoeken voor een dag waarop nog geen rit ze meeneemt</translation>
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
        <translation>Dag</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Tijdvak</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Poging</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Earlier stop</source>
        <translation>Eerdere stop</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
</context>
<context>
    <name>RequestedVisitsView</name>
    <message>
        <source>Show earlier stop</source>
        <translation>Eerdere stop tonen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Select the stop that went wrong on the board, the map and the table (double-click does the same)</source>
        <translation>De stop die misging selecteren op het bord, de kaart en in de tabel (dubbelklikken doet hetzelfde)</translation>
    </message>
    <message>
        <source>Write the list as CSV for the planning system</source>
        <translation>De lijst als CSV opslaan voor het planningssysteem</translation>
    </message>
    <message>
        <source>No return visits wait for a route: every rescheduled stop is planned.</source>
        <translation>Er wachten geen herbezoeken op een rit: elke opnieuw ingeplande stop is gepland.</translation>
    </message>
    <message numerus="yes">
        <source>%n return visit(s) promised for a day that no route takes yet: the planning system plans them; each must be perfect.</source>
        <translation>
            <numerusform>%n herbezoek toegezegd voor een dag waarop nog geen rit het meeneemt: het planningssysteem plant het in; het moet perfect gaan.</numerusform>
            <numerusform>%n herbezoeken toegezegd voor een dag waarop nog geen rit ze meeneemt: het planningssysteem plant ze in; elk moet perfect gaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export return visits</source>
        <translation>Herbezoeken exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet opslaan: %2</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule to another day</source>
        <translation>Opnieuw inplannen op een andere dag</translation>
    </message>
    <message>
        <source>%1  %2, %3  (window %4–%5 on %6)</source>
        <translation>%1  %2, %3  (tijdvak %4–%5 op %6)</translation>
    </message>
    <message>
        <source>Why the stop is not visited as planned; kept with the stop and shown on the return visit</source>
        <translation>Waarom de stop niet volgens plan wordt bezocht; wordt bij de stop bewaard en bij het herbezoek getoond</translation>
    </message>
    <message>
        <source>What went wrong, what the customer asked</source>
        <translation>Wat er misging, wat de klant vroeg</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>&amp;Suggested slot</source>
        <translation>&amp;Voorgesteld moment</translation>
    </message>
    <message>
        <source>Routes of the hub on the coming working days that have room, cheapest first; days without such a route offer the usual windows, to be planned</source>
        <translation>Ritten van de hub op de komende werkdagen met ruimte, goedkoopste eerst; dagen zonder zo&apos;n rit bieden de gebruikelijke tijdvakken, nog in te plannen</translation>
    </message>
    <message>
        <source>Day / route</source>
        <translation>Dag / rit</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Tijdvak</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Aankomst</translation>
    </message>
    <message>
        <source>+min</source>
        <translation>+min</translation>
    </message>
    <message>
        <source>Driving minutes the stop adds to the route</source>
        <translation>Rijminuten die de stop aan de rit toevoegt</translation>
    </message>
    <message>
        <source>&amp;Own day and window</source>
        <translation>&amp;Eigen dag en tijdvak</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>New day and window</source>
        <translation>Nieuwe dag en tijdvak</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Inplannen</translation>
    </message>
    <message>
        <source>To be planned</source>
        <translation>Nog in te plannen</translation>
    </message>
    <message>
        <source>No route of the hub has room yet on this day: the stop waits for the day&apos;s planning in this window</source>
        <translation>Nog geen rit van de hub heeft ruimte op deze dag: de stop wacht in dit tijdvak op de planning van die dag</translation>
    </message>
    <message>
        <source>Route %1 · %2</source>
        <translation>Rit %1 · %2</translation>
    </message>
    <message>
        <source>%1 as stop %2 at %3</source>
        <translation>%1 als stop %2 om %3</translation>
    </message>
    <message>
        <source>None of the stops is known.</source>
        <translation>Geen van de stops is bekend.</translation>
    </message>
    <message>
        <source>Pick a slot, or give a day and window of your own.</source>
        <translation>Kies een moment, of geef zelf een dag en tijdvak op.</translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation>Het tijdvak moet eindigen na het begin.</translation>
    </message>
    <message>
        <source>There are no deliveries on Sunday.</source>
        <translation>Op zondag wordt er niet bezorgd.</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <source>Breakdown rescue of route %1</source>
        <translation>Stops van rit %1 verdelen na pech</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) of route %1 still to visit, spread over the vans of its hub and nearby hubs: windows kept first, then fewest stops to another day, then the least lateness and the fewest kilometres. Change the van of any stop; the rest follows.</source>
        <translation>
            <numerusform>Nog %n stop van rit %1 te bezoeken, verdeeld over de bussen van de eigen hub en hubs in de buurt: eerst zoveel mogelijk tijdvakken gehaald, dan zo min mogelijk stops naar een andere dag, dan de minste vertraging en de minste kilometers. Wijzig de bus van een stop; de rest past zich aan.</numerusform>
            <numerusform>Nog %n stops van rit %1 te bezoeken, verdeeld over de bussen van de eigen hub en hubs in de buurt: eerst zoveel mogelijk tijdvakken gehaald, dan zo min mogelijk stops naar een andere dag, dan de minste vertraging en de minste kilometers. Wijzig de bus van een stop; de rest past zich aan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Tijdvak</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Gaat naar</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>Window kept</source>
        <translation>Tijdvak gehaald</translation>
    </message>
    <message>
        <source>The van that takes the stop today, or another day</source>
        <translation>De bus die de stop vandaag overneemt, of een andere dag</translation>
    </message>
    <message>
        <source>What happened to the van (optional)</source>
        <translation>Wat er met de bus is gebeurd (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Commit rescue</source>
        <translation>Verdeling doorvoeren</translation>
    </message>
    <message>
        <source>&amp;Propose again</source>
        <translation>Opnieuw &amp;voorstellen</translation>
    </message>
    <message>
        <source>Forget the changes made here and propose anew</source>
        <translation>De wijzigingen hier vergeten en opnieuw voorstellen</translation>
    </message>
    <message>
        <source>Windows kept: %1 of %2. Late today: %3 (%4 min). To another day: %5. Added: %6 km.</source>
        <translation>Tijdvakken gehaald: %1 van %2. Vandaag te laat: %3 (%4 min). Naar een andere dag: %5. Extra: %6 km.</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) of the receiving vans&apos; own stops break.</source>
        <translation>
            <numerusform>Bij de eigen stops van de ontvangende bussen wordt %n tijdvak gemist.</numerusform>
            <numerusform>Bij de eigen stops van de ontvangende bussen worden %n tijdvakken gemist.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Another day</source>
        <translation>Andere dag</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Jouw keuze</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Not on a route yet: to be planned</source>
        <translation>Nog niet op een rit: nog in te plannen</translation>
    </message>
    <message>
        <source>On route %1 as stop %2</source>
        <translation>Op rit %1 als stop %2</translation>
    </message>
    <message>
        <source>another day</source>
        <translation>andere dag</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>gehaald</translation>
    </message>
    <message numerus="yes">
        <source>late %n min</source>
        <translation>
            <numerusform>%n min te laat</numerusform>
            <numerusform>%n min te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>A stop of a receiving van was visited while you weighed the proposal: it is made again from there, with your choices. Check it and commit again.</source>
        <translation>Een stop van een ontvangende bus is bezocht terwijl je het voorstel bekeek: het is vanaf daar opnieuw gemaakt, met jouw keuzes. Controleer het en voer het opnieuw door.</translation>
    </message>
    <message>
        <source>Back after the crew&apos;s working day: %1.</source>
        <translation>Terug na de werkdag van de bemanning: %1.</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <source>Select a review in the inbox to read it here.</source>
        <translation>Kies een review in de inbox om hem hier te lezen.</translation>
    </message>
    <message>
        <source>Star a remarkable review (S)</source>
        <translation>Een opvallende review een ster geven (S)</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>Mark the review as handled (H)</source>
        <translation>De review als afgehandeld markeren (H)</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Oorzaak:</translation>
    </message>
    <message>
        <source>Why the team should read this</source>
        <translation>Waarom het team dit moet lezen</translation>
    </message>
    <message>
        <source>Share to team wall</source>
        <translation>Delen op teammuur</translation>
    </message>
    <message>
        <source>Team wall:</source>
        <translation>Teammuur:</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Kopiëren als tekst</translation>
    </message>
    <message>
        <source>Copy as image</source>
        <translation>Kopiëren als afbeelding</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Kopiëren:</translation>
    </message>
    <message>
        <source>Follow-up case</source>
        <translation>Opvolgdossier</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Uiterlijk:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigenaar:</translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation>Contact met klant opgenomen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>How it was put right (required)</source>
        <translation>Hoe het is rechtgezet (verplicht)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Afhandelen</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Oplossing:</translation>
    </message>
    <message>
        <source>Stop id of the return visit</source>
        <translation>Stop-id van het herbezoek</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Return visit:</source>
        <translation>Herbezoek:</translation>
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
        <translation>van %1</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Met ster</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Ster</translation>
    </message>
    <message>
        <source>The themes could not be detected: %1</source>
        <translation>De thema&apos;s konden niet worden bepaald: %1</translation>
    </message>
    <message>
        <source>No comment, only a score.</source>
        <translation>Geen opmerking, alleen een score.</translation>
    </message>
    <message>
        <source>Tone: %1</source>
        <translation>Toon: %1</translation>
    </message>
    <message>
        <source>No case opened yet</source>
        <translation>Nog geen dossier geopend</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — te laat</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Geopend %1</translation>
    </message>
    <message>
        <source>contacted %1</source>
        <translation>contact opgenomen %1</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>afgehandeld %1</translation>
    </message>
    <message>
        <source>Review %1 — score %2/10 (%3), %4</source>
        <translation>Review %1 — score %2/10 (%3), %4</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Opdrachtgever: %1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Product: %1</translation>
    </message>
    <message>
        <source>Crew: %1</source>
        <translation>Bemanning: %1</translation>
    </message>
    <message>
        <source>Stop: %1</source>
        <translation>Stop: %1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Thema&apos;s: %1</translation>
    </message>
    <message>
        <source>Review %1 copied as text.</source>
        <translation>Review %1 gekopieerd als tekst.</translation>
    </message>
    <message>
        <source>Review %1 copied as an image.</source>
        <translation>Review %1 gekopieerd als afbeelding.</translation>
    </message>
    <message>
        <source>Review %1 shared to the team wall.</source>
        <translation>Review %1 gedeeld op de teammuur.</translation>
    </message>
    <message>
        <source>Write how the case was resolved before resolving it.</source>
        <translation>Schrijf op hoe het dossier is opgelost voordat je het afhandelt.</translation>
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
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>niet voltooid</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Opdrachtgever:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Stop:</source>
        <translation>Stop:</translation>
    </message>
    <message>
        <source>No stop given</source>
        <translation>Geen stop opgegeven</translation>
    </message>
    <message>
        <source>%1 (not in the store: its day is not loaded)</source>
        <translation>%1 (niet in de opslag: de dag is niet geladen)</translation>
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
        <translation>Klant:</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>None promised</source>
        <translation>Niets toegezegd</translation>
    </message>
    <message>
        <source>Promised window:</source>
        <translation>Toegezegd tijdvak:</translation>
    </message>
    <message>
        <source>%1, late by %2</source>
        <translation>%1, %2 te laat</translation>
    </message>
    <message>
        <source>%1, early by %2</source>
        <translation>%1, %2 te vroeg</translation>
    </message>
    <message>
        <source>%1, within the window</source>
        <translation>%1, binnen het tijdvak</translation>
    </message>
    <message>
        <source>Not arrived (planned %1)</source>
        <translation>Niet aangekomen (gepland %1)</translation>
    </message>
    <message>
        <source>Actual arrival:</source>
        <translation>Werkelijke aankomst:</translation>
    </message>
    <message>
        <source>Services planned:</source>
        <translation>Geplande diensten:</translation>
    </message>
    <message>
        <source>Services done:</source>
        <translation>Uitgevoerde diensten:</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Niets geregistreerd</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Niet voltooid</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultaat:</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Eerste bezoek</translation>
    </message>
    <message>
        <source>Return visit (attempt %1)</source>
        <translation>Herbezoek (poging %1)</translation>
    </message>
    <message>
        <source>%1, after %2</source>
        <translation>%1, na %2</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Bezoek:</translation>
    </message>
    <message>
        <source>%1, stop %2 (%3)</source>
        <translation>%1, stop %2 (%3)</translation>
    </message>
    <message>
        <source>Show stop on map</source>
        <translation>Stop op kaart tonen</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Rit:</translation>
    </message>
    <message>
        <source>Earlier attempt:</source>
        <translation>Eerdere poging:</translation>
    </message>
    <message>
        <source>%1 (not in the store)</source>
        <translation>%1 (niet in de opslag)</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 op %2: %3</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Op kaart tonen</translation>
    </message>
    <message>
        <source>Show the earlier attempt %1 on the map</source>
        <translation>De eerdere poging %1 op de kaart tonen</translation>
    </message>
    <message>
        <source>Its review (%1)</source>
        <translation>Review ervan (%1)</translation>
    </message>
    <message>
        <source>Open review %1</source>
        <translation>Review %1 openen</translation>
    </message>
    <message>
        <source>moved by %1, %2</source>
        <translation>verplaatst door %1, %2</translation>
    </message>
    <message>
        <source>%1 (the crew&apos;s outcome)</source>
        <translation>%1 (resultaat van de bemanning)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <source>Why it was moved:</source>
        <translation>Waarom verplaatst:</translation>
    </message>
    <message>
        <source>Crew figures</source>
        <translation>Cijfers van de bemanning</translation>
    </message>
    <message>
        <source>Open the figures of %1</source>
        <translation>De cijfers van %1 openen</translation>
    </message>
    <message>
        <source>Crew:</source>
        <translation>Bemanning:</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Niet bekend</translation>
    </message>
</context>
<context>
    <name>ReviewCardHistory</name>
    <message>
        <source>Notices sent for this stop</source>
        <translation>Verzonden berichten voor deze stop</translation>
    </message>
    <message>
        <source>Earlier reviews from this customer</source>
        <translation>Eerdere reviews van deze klant</translation>
    </message>
    <message>
        <source>Not known: the stop is not in the store.</source>
        <translation>Niet bekend: de stop staat niet in de opslag.</translation>
    </message>
    <message>
        <source>Notices are not available in this store.</source>
        <translation>Berichten zijn niet beschikbaar in deze opslag.</translation>
    </message>
    <message>
        <source>The notices could not be read.</source>
        <translation>De berichten konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>No notices were sent for this stop.</source>
        <translation>Er zijn geen berichten verstuurd voor deze stop.</translation>
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
        <translation>Geen: dit is de eerste review van deze klant.</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(geen opmerking)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Open review %1</source>
        <translation>Review %1 openen</translation>
    </message>
</context>
<context>
    <name>ReviewCsvImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is empty: a header row is needed.</source>
        <translation>%1 is leeg: er is een kopregel nodig.</translation>
    </message>
    <message>
        <source>The header names the column &apos;%1&apos; twice.</source>
        <translation>De kopregel noemt de kolom &apos;%1&apos; twee keer.</translation>
    </message>
    <message>
        <source>The header row lacks the column(s): %1. It must name review id, stop id, score, comment, date and optionally language.</source>
        <translation>De kopregel mist de kolom(men): %1. Die moet review id, stop id, score, comment, date en eventueel language noemen.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 velden waar de kopregel er %2 heeft</translation>
    </message>
    <message>
        <source>the review id is missing</source>
        <translation>de review-id ontbreekt</translation>
    </message>
    <message>
        <source>the review id is longer than 128 characters</source>
        <translation>de review-id is langer dan 128 tekens</translation>
    </message>
    <message>
        <source>the stop id is missing</source>
        <translation>de stop-id ontbreekt</translation>
    </message>
    <message>
        <source>the score is missing</source>
        <translation>de score ontbreekt</translation>
    </message>
    <message>
        <source>the score &apos;%1&apos; is not a whole number from 0 to 10</source>
        <translation>de score &apos;%1&apos; is geen geheel getal van 0 tot en met 10</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>de datum ontbreekt</translation>
    </message>
    <message>
        <source>the date &apos;%1&apos; is not a date (YYYY-MM-DD, optionally with HH:MM, or RFC 3339)</source>
        <translation>de datum &apos;%1&apos; is geen datum (JJJJ-MM-DD, eventueel met UU:MM, of RFC 3339)</translation>
    </message>
    <message>
        <source>the language &apos;%1&apos; is not a language code such as nl or en</source>
        <translation>de taal &apos;%1&apos; is geen taalcode zoals nl of en</translation>
    </message>
</context>
<context>
    <name>ReviewImportDialog</name>
    <message>
        <source>Review import</source>
        <translation>Reviews importeren</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Geïmporteerd uit %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Het bestand kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Gelezen regels:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Geïmporteerd:</translation>
    </message>
    <message>
        <source>Duplicates (already stored):</source>
        <translation>Dubbel (al opgeslagen):</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Geweigerd:</translation>
    </message>
    <message>
        <source>Imported, stop not yet known:</source>
        <translation>Geïmporteerd, stop nog onbekend:</translation>
    </message>
    <message>
        <source>Follow-up cases opened:</source>
        <translation>Geopende opvolgdossiers:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation>Er zijn geen regels geweigerd.</translation>
    </message>
    <message>
        <source>Rejected rows (kept in the store for inspection):</source>
        <translation>Geweigerde regels (bewaard in de opslag ter controle):</translation>
    </message>
</context>
<context>
    <name>ReviewInboxDelegate</name>
    <message>
        <source>(no comment)</source>
        <translation>(geen opmerking)</translation>
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
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Bemanning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Opdrachtgever</translation>
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
        <translation>Een opdracht kan niet worden voorbereid: %1
%2</translation>
    </message>
    <message>
        <source>There is no follow-up case %1.</source>
        <translation>Er is geen opvolgdossier %1.</translation>
    </message>
    <message>
        <source>Case %1 is %2; only an open case can be marked as contacted.</source>
        <translation>Dossier %1 is %2; alleen een open dossier kan als &apos;contact opgenomen&apos; worden gemarkeerd.</translation>
    </message>
    <message>
        <source>Case %1 is already resolved.</source>
        <translation>Dossier %1 is al afgehandeld.</translation>
    </message>
    <message>
        <source>Say how case %1 was resolved.</source>
        <translation>Geef aan hoe dossier %1 is opgelost.</translation>
    </message>
    <message>
        <source>Case %1 is not resolved; only a resolved case can be reopened.</source>
        <translation>Dossier %1 is niet afgehandeld; alleen een afgehandeld dossier kan worden heropend.</translation>
    </message>
    <message>
        <source>Cannot look for the review indexes: %1</source>
        <translation>Kan de indexen van de reviews niet controleren: %1</translation>
    </message>
</context>
<context>
    <name>ReviewThemes</name>
    <message>
        <source>Punctuality</source>
        <translation>Stiptheid</translation>
    </message>
    <message>
        <source>Friendliness</source>
        <translation>Vriendelijkheid</translation>
    </message>
    <message>
        <source>Care and tidiness</source>
        <translation>Zorg en netheid</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Schade</translation>
    </message>
    <message>
        <source>Installation and assembly</source>
        <translation>Installatie en montage</translation>
    </message>
    <message>
        <source>Taking back the old product</source>
        <translation>Meenemen van het oude product</translation>
    </message>
    <message>
        <source>Communication and calling ahead</source>
        <translation>Communicatie en vooraf bellen</translation>
    </message>
    <message>
        <source>Wrong or faulty product</source>
        <translation>Verkeerd of defect product</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negatief</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemengd</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Detractor</source>
        <translation>Criticus</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passief</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>Elke score</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Planning and communication</source>
        <translation>Planning en communicatie</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contact opgenomen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Afgehandeld</translation>
    </message>
</context>
<context>
    <name>ReviewsWorkspace</name>
    <message>
        <source>Themes are not detected: %1</source>
        <translation>Thema&apos;s worden niet bepaald: %1</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importeren…</translation>
    </message>
    <message>
        <source>Import reviews from a CSV export of the survey tool</source>
        <translation>Reviews importeren uit een CSV-export van de enquêtetool</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Team wall</source>
        <translation>Teammuur</translation>
    </message>
    <message>
        <source>Client feedback</source>
        <translation>Feedback voor opdrachtgever</translation>
    </message>
    <message>
        <source>Search the comments (Ctrl+F)</source>
        <translation>Zoeken in de opmerkingen (Ctrl+F)</translation>
    </message>
    <message>
        <source>All scores</source>
        <translation>Alle scores</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Afgelopen 90 dagen</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>Crew member:</source>
        <translation>Bemanningslid:</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Opdrachtgever:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <source>Unhandled only</source>
        <translation>Alleen onafgehandeld</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Alleen met ster</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>All hubs</source>
        <translation>Alle hubs</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle opdrachtgevers</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle producten</translation>
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
        <translation>%1, %2 onafgehandeld</translation>
    </message>
    <message>
        <source>Reviews could not be counted</source>
        <translation>Reviews konden niet worden geteld</translation>
    </message>
    <message>
        <source>Import reviews</source>
        <translation>Reviews importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Imported %1 reviews from %2 (%3 duplicates, %4 rejected).</source>
        <translation>%1 reviews geïmporteerd uit %2 (%3 dubbel, %4 geweigerd).</translation>
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
        <translation>op tijd</translation>
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
        <translation>&lt;br&gt;Volgende: %1, %2 %3 (tijdvak %4–%5)</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rit</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Bemanning</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Vertraging</translation>
    </message>
    <message>
        <source>Next stop</source>
        <translation>Volgende stop</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>%1 / %2 · %3↻</source>
        <translation>%1 / %2 · %3↻</translation>
    </message>
    <message numerus="yes">
        <source>%n return visit(s) on this route, %1 still to come: they must be perfect.</source>
        <translation>
            <numerusform>%n herbezoek op deze rit, nog %1 te gaan: dat moet perfect gaan.</numerusform>
            <numerusform>%n herbezoeken op deze rit, nog %1 te gaan: die moeten perfect gaan.</numerusform>
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
        <translation>Herbezoek %1</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Eerste</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3, %4 %5&lt;br&gt;%6 · %7&lt;br&gt;Window %8–%9, planned %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3, %4 %5&lt;br&gt;%6 · %7&lt;br&gt;Tijdvak %8–%9, gepland %10</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Return visit&lt;/b&gt; (earlier stop %1): this one must be perfect.</source>
        <translation>&lt;br&gt;&lt;b&gt;Herbezoek&lt;/b&gt; (eerdere stop %1): dit moet perfect gaan.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Tijdvak</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Poging</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Expected at %1; 8 times in 10 between %2 and %3.&lt;br&gt;Estimated at %4 from the crew&apos;s progress so far.</source>
        <translation>Verwacht om %1; 8 op de 10 keer tussen %2 en %3.&lt;br&gt;Om %4 geschat op basis van de voortgang van de bemanning tot nu toe.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;After the window&lt;/b&gt; (until %1).</source>
        <translation>&lt;br&gt;&lt;b&gt;Na het tijdvak&lt;/b&gt; (tot %1).</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>Attempt %1: return visit, must be perfect</source>
        <translation>Poging %1: herbezoek, moet perfect gaan</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Volg het systeem</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>ws://host:port/feed or a file</source>
        <translation>ws://host:poort/feed of een bestand</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Bl&amp;aderen…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;SQLite file:</source>
        <translation>&amp;SQLite-bestand:</translation>
    </message>
    <message>
        <source>Leave empty to use the default file. A new database is opened at the next start.</source>
        <translation>Laat leeg voor het standaardbestand. Een andere database wordt bij de volgende start geopend.</translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation>Live feed</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Bron:</translation>
    </message>
    <message>
        <source>A WebSocket address (ws:// or wss://) or a feed file, which is followed as it grows. Leave empty to follow nothing.</source>
        <translation>Een WebSocket-adres (ws:// of wss://) of een feedbestand, dat gevolgd wordt terwijl het groeit. Laat leeg om niets te volgen.</translation>
    </message>
    <message>
        <source>&amp;No contact after:</source>
        <translation>&amp;Geen contact na:</translation>
    </message>
    <message>
        <source>Choose the database</source>
        <translation>Kies de database</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-databases (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose a feed file</source>
        <translation>Kies een feedbestand</translation>
    </message>
    <message>
        <source>Feed files (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>Feedbestanden (*.jsonl *.ndjson *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The feed address &quot;%1&quot; is not a valid WebSocket address.</source>
        <translation>Het feedadres &quot;%1&quot; is geen geldig WebSocket-adres.</translation>
    </message>
    <message>
        <source>The feed file &quot;%1&quot; does not exist.</source>
        <translation>Het feedbestand &quot;%1&quot; bestaat niet.</translation>
    </message>
    <message>
        <source>The folder of the database &quot;%1&quot; does not exist.</source>
        <translation>De map van de database &quot;%1&quot; bestaat niet.</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap-bijdragers</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>&amp;Tile server:</source>
        <translation>&amp;Tegelserver:</translation>
    </message>
    <message>
        <source>&amp;Attribution:</source>
        <translation>Bron&amp;vermelding:</translation>
    </message>
    <message>
        <source>An OpenStreetMap-style address with {z}, {x} and {y}. Leave empty to use the offline map of the Netherlands, which needs no internet.</source>
        <translation>Een adres in OpenStreetMap-stijl met {z}, {x} en {y}. Laat leeg voor de offline kaart van Nederland, die geen internet nodig heeft.</translation>
    </message>
    <message>
        <source>The tile server &quot;%1&quot; is not an http(s) address with {z}, {x} and {y}.</source>
        <translation>De tegelserver &quot;%1&quot; is geen http(s)-adres met {z}, {x} en {y}.</translation>
    </message>
    <message>
        <source>Waits until the window opens</source>
        <translation>Wacht tot het tijdvak begint</translation>
    </message>
    <message>
        <source>Calls ahead and is let in</source>
        <translation>Belt vooraf en wordt binnengelaten</translation>
    </message>
    <message>
        <source>Show severe alerts as a desktop notification</source>
        <translation>Ernstige meldingen tonen als bureaubladmelding</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <source>Written with what you acknowledge, resolve or change, for the audit log.</source>
        <translation>Wordt vastgelegd bij wat je bevestigt, afhandelt of wijzigt, voor het auditlog.</translation>
    </message>
    <message>
        <source>Alerts and arrival times</source>
        <translation>Meldingen en aankomsttijden</translation>
    </message>
    <message>
        <source>&amp;Late when the ETA is past the window by:</source>
        <translation>&amp;Te laat als de ETA het tijdvak overschrijdt met:</translation>
    </message>
    <message>
        <source>A crew that is &amp;early:</source>
        <translation>Een bemanning die te &amp;vroeg is:</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Berichten</translation>
    </message>
</context>
<context>
    <name>SimulatorFeedSource</name>
    <message>
        <source>Simulated day %1 (%2 vans)</source>
        <translation>Gesimuleerde dag %1 (%2 bussen)</translation>
    </message>
    <message>
        <source>Generating the day…</source>
        <translation>De dag wordt gemaakt…</translation>
    </message>
    <message>
        <source>The simulated day is over</source>
        <translation>De gesimuleerde dag is voorbij</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>Cannot prepare a statement: %1
%2</source>
        <translation>Een opdracht kan niet worden voorbereid: %1
%2</translation>
    </message>
    <message>
        <source>A statement failed: %1 (%2)
%3</source>
        <translation>Een opdracht is mislukt: %1 (%2)
%3</translation>
    </message>
    <message>
        <source>Cannot bind value %1: %2
%3</source>
        <translation>Kan waarde %1 niet koppelen: %2
%3</translation>
    </message>
    <message>
        <source>A statement was run with %1 of its %2 values bound
%3</source>
        <translation>Een opdracht is uitgevoerd met %1 van de %2 waarden gekoppeld
%3</translation>
    </message>
</context>
<context>
    <name>StopInsertion</name>
    <message>
        <source>a route has a missing or already used vehicle %1</source>
        <translation>een rit heeft een ontbrekend of al gebruikt voertuig %1</translation>
    </message>
    <message>
        <source>%1 is not a stop of the problem</source>
        <translation>%1 is geen stop van het probleem</translation>
    </message>
</context>
<context>
    <name>StopNoticesTip</name>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Notices to the customer about this stop</source>
        <translation>Berichten aan de klant over deze stop</translation>
    </message>
</context>
<context>
    <name>StopsTable</name>
    <message>
        <source>No route selected</source>
        <translation>Geen rit gekozen</translation>
    </message>
    <message>
        <source>Choose a route on the crews board to see its stops.</source>
        <translation>Kies een rit op het bemanningsbord om de stops te zien.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>%1 of %2 stops done</source>
        <translation>%1 van %2 stops gedaan</translation>
    </message>
    <message numerus="yes">
        <source>%n not delivered</source>
        <translation>
            <numerusform>%n niet bezorgd</numerusform>
            <numerusform>%n niet bezorgd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min behind plan</source>
        <translation>
            <numerusform>%n min achter op plan</numerusform>
            <numerusform>%n min achter op plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ahead of plan</source>
        <translation>
            <numerusform>%n min voor op plan</numerusform>
            <numerusform>%n min voor op plan</numerusform>
        </translation>
    </message>
    <message>
        <source>left %1 at %2</source>
        <translation>vertrokken uit %1 om %2</translation>
    </message>
    <message>
        <source>leaves %1 at %2</source>
        <translation>vertrekt uit %1 om %2</translation>
    </message>
    <message>
        <source>back at %1</source>
        <translation>terug om %1</translation>
    </message>
</context>
<context>
    <name>TeamWallView</name>
    <message>
        <source>Reviews the team shared with each other, newest first. Double-click one to read it on its card.</source>
        <translation>Reviews die het team met elkaar heeft gedeeld, nieuwste eerst. Dubbelklik op een review om hem op de kaart te lezen.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Gedeeld door</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Nothing shared yet. Share a remarkable review from its card.</source>
        <translation>Nog niets gedeeld. Deel een opvallende review vanaf de kaart.</translation>
    </message>
    <message>
        <source>(review no longer stored)</source>
        <translation>(review niet meer opgeslagen)</translation>
    </message>
</context>
<context>
    <name>TileFetcher</name>
    <message>
        <source>the server did not answer in time</source>
        <translation>de server antwoordde niet op tijd</translation>
    </message>
    <message>
        <source>the server sent something that is not an image</source>
        <translation>de server stuurde iets dat geen afbeelding is</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Nieuwjaarsdag</translation>
    </message>
    <message>
        <source>King&apos;s Day</source>
        <translation>Koningsdag</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Bevrijdingsdag</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Eerste kerstdag</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Tweede kerstdag</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Eerste paasdag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Tweede paasdag</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Hemelvaartsdag</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Eerste pinksterdag</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Tweede pinksterdag</translation>
    </message>
    <message>
        <source>Company day off</source>
        <translation>Vrije dag van het bedrijf</translation>
    </message>
</context>
</TS>
