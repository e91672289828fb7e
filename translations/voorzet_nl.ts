<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
            <source>Print every route's state, progress and delay.</source>
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
            <source>Run '%1 &lt;command&gt; --help' for its options.</source>
            <translation>Gebruik '%1 &lt;opdracht&gt; --help' voor de opties.</translation>
        </message>
        <message>
            <source>error: unknown command '%1'</source>
            <translation>fout: onbekende opdracht '%1'</translation>
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
            <source>has a field name with an unescaped control character "%1" at byte %2; JSON strings must escape it</source>
            <translation>heeft een veldnaam met een niet-geëscapet stuurteken "%1" bij byte %2; JSON-teksten moeten dat escapen</translation>
        </message>
        <message>
            <source>contains an unescaped control character "%1" at byte %2; JSON strings must escape it</source>
            <translation>bevat een niet-geëscapet stuurteken "%1" bij byte %2; JSON-teksten moeten dat escapen</translation>
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
        <name>Fields</name>
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
            <source>is not an RFC 3339 timestamp with offset: "%1"</source>
            <translation>is geen RFC 3339-tijdstip met tijdzoneverschil: "%1"</translation>
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
            <source>"%1" is not one of: %2</source>
            <translation>"%1" is niet een van: %2</translation>
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
            <source>Demo: the simulator's seed (default 1).</source>
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
            <source>--lang takes nl or en, not "%1".</source>
            <translation>--lang verwacht nl of en, niet "%1".</translation>
        </message>
        <message>
            <source>--demo and --feed cannot be used together.</source>
            <translation>--demo en --feed gaan niet samen.</translation>
        </message>
        <message>
            <source>--%1 takes a whole number from %2 to %3, not "%4".</source>
            <translation>--%1 verwacht een geheel getal van %2 tot %3, niet "%4".</translation>
        </message>
        <message>
            <source>--speed takes a number above 0 and at most 3600, not "%1".</source>
            <translation>--speed verwacht een getal boven 0 en hoogstens 3600, niet "%1".</translation>
        </message>
        <message>
            <source>--start takes a time as HH:MM, not "%1".</source>
            <translation>--start verwacht een tijd als UU:MM, niet "%1".</translation>
        </message>
        <message>
            <source>--date takes a day as YYYY-MM-DD, not "%1".</source>
            <translation>--date verwacht een dag als JJJJ-MM-DD, niet "%1".</translation>
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
            <source>The operation's clock</source>
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
            <source>Voorzet · %1</source>
            <translation>Voorzet · %1</translation>
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
            <source>"%1" is not a WebSocket address. It starts with ws:// or wss://, for example ws://127.0.0.1:8765.</source>
            <translation>"%1" is geen WebSocket-adres. Zo'n adres begint met ws:// of wss://, bijvoorbeeld ws://127.0.0.1:8765.</translation>
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
            <source>Keep the selected route's van in the middle of the map</source>
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
            <source>The feed address "%1" is not a valid WebSocket address.</source>
            <translation>Het feedadres "%1" is geen geldig WebSocket-adres.</translation>
        </message>
        <message>
            <source>The feed file "%1" does not exist.</source>
            <translation>Het feedbestand "%1" bestaat niet.</translation>
        </message>
        <message>
            <source>The folder of the database "%1" does not exist.</source>
            <translation>De map van de database "%1" bestaat niet.</translation>
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
            <source>The tile server "%1" is not an http(s) address with {z}, {x} and {y}.</source>
            <translation>De tegelserver "%1" is geen http(s)-adres met {z}, {x} en {y}.</translation>
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
</TS>
