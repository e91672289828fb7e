// How the Reviews inbox copes with a large store: 1,000,000 reviews (three
// years of a busy company: one review per stop, 12 stops a route, two crew
// members a route, 4 hubs, 20 clients, 12 product types, Dutch and English
// comments) in a temporary SQLite file, then, on a fresh connection:
//   open    the inbox model ready with its first page (search index present)
//   scroll  fetchMore until every row is read (what scrolling to the end does)
//   filter  the inbox filtered by one driver, ready with its first page
//   search  the newest 100 comments with a word, with highlights
// and the other filters (hub, client, product type, theme, period), the
// driver's page keys read the way they were before review_crew (for
// comparison in the same run) and a few more filters for diagnosis.
//
//   bench-reviews [--reviews N] [--keep PATH]
//
// The last line is machine-readable: open_ms=A filter_ms=B search_ms=C peak_mb=D
// hub_ms=E client_ms=F product_ms=G theme_ms=H period_ms=I (first pages), then
// the combinations team leads use (band_ms band_driver_ms ... combo_max_ms).

#include "itemmodels/reviewinboxmodel.h"
#include "reviews/reviewstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <memory>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double peakMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

double currentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// Sentence parts of review comments; the first part of each language is
// praise for k < 8 and a complaint for k >= 8 (the score follows it).
const char *const dutchOpen[16] = {"Heel vriendelijke bezorgers.",
                                   "Keurig op tijd bezorgd.",
                                   "Netjes geïnstalleerd en uitgelegd.",
                                   "Top service, belden een half uur van tevoren.",
                                   "Prima bezorging, alles werkt.",
                                   "Zeer behulpzaam, de oude wasmachine meegenomen.",
                                   "Snel en vakkundig gemonteerd.",
                                   "Vriendelijk en zorgvuldig met de trap.",
                                   "Twee uur te laat en niet gebeld.",
                                   "De bank is beschadigd aangekomen.",
                                   "Verkeerde kleur geleverd, grijs in plaats van blauw.",
                                   "Niemand kwam opdagen in het tijdvak.",
                                   "Oude koelkast niet meegenomen terwijl afgesproken.",
                                   "Onderdelen ontbraken, kast kon niet in elkaar.",
                                   "Krassen op de vloer in de gang.",
                                   "Onvriendelijk en gehaast, geen uitleg."};
const char *const dutchMiddle[16] = {"De chauffeur was erg behulpzaam.",
                                     "Ze hebben alles netjes afgedekt.",
                                     "De monteur legde alles rustig uit.",
                                     "Het tijdvak klopte precies.",
                                     "Wel lang moeten wachten op bevestiging.",
                                     "De app gaf een verkeerde tijd aan.",
                                     "Verpakking is meegenomen.",
                                     "Ze trokken hun schoenen uit.",
                                     "De deur was te smal maar ze "
                                     "hebben het opgelost.",
                                     "Geen bericht ontvangen vooraf.",
                                     "Klantenservice was slecht bereikbaar.",
                                     "De machine lekt een beetje.",
                                     "Montage duurde langer dan gepland.",
                                     "Ze hebben de nieuwe kast netjes tegen de oude muur gezet.",
                                     "Prijs voor installatie is hoog.",
                                     "Het model klopte niet met de bestelling."};
const char *const dutchClose[8] = {
    "Aanrader!", "Bedankt!",           "Volgende keer graag beter.",    "Zeker weer.",
    "Jammer.",   "Dank aan het team.", "Helaas geen excuses gekregen.", ""};
const char *const englishOpen[16] = {"Very friendly delivery crew.",
                                     "Right on time, great service.",
                                     "Installed neatly and explained everything.",
                                     "They called ahead, very helpful.",
                                     "Smooth delivery, all working.",
                                     "Took the old washer away as promised.",
                                     "Quick and careful assembly.",
                                     "Polite and careful on the stairs.",
                                     "Two hours late and nobody called.",
                                     "The sofa arrived damaged.",
                                     "Wrong colour delivered, grey instead of blue.",
                                     "Nobody showed up in the time slot.",
                                     "Old fridge not taken away.",
                                     "Parts were missing, could not assemble the wardrobe.",
                                     "Scratches on the hallway floor.",
                                     "Rude and rushed, no explanation."};
const char *const englishMiddle[16] = {"The driver was very helpful.",
                                       "They covered the floor.",
                                       "The fitter took his time.",
                                       "The window was spot on.",
                                       "Had to wait long for confirmation.",
                                       "The app showed a wrong time.",
                                       "Packaging was taken away.",
                                       "They took their shoes off.",
                                       "The door was narrow but they "
                                       "managed.",
                                       "No message beforehand.",
                                       "Customer service was hard to reach.",
                                       "The machine leaks a little.",
                                       "Assembly took longer than planned.",
                                       "They pushed the new wardrobe neatly against the old one.",
                                       "Installation price is high.",
                                       "Model did not match the order."};
const char *const englishClose[8] = {"Recommended!",         "Thanks!",
                                     "Do better next time.", "Would order again.",
                                     "Disappointing.",       "Thanks to the team.",
                                     "No apology at all.",   ""};

void exec(Database &db, const QString &sql)
{
    db.exec(sql);
}

void generate(Database &db, int reviews)
{
    const int stopsPerRoute = 12; // as in the statements below
    const int routes = (reviews + stopsPerRoute - 1) / stopsPerRoute;
    Transaction transaction(db);
    exec(db, QStringLiteral("INSERT INTO hubs VALUES ('H-0', 'Utrecht', 52.09, 5.12),"
                            " ('H-1', 'Zwolle', 52.51, 6.09), ('H-2', 'Eindhoven', 51.44, 5.47),"
                            " ('H-3', 'Rotterdam', 51.92, 4.48)"));
    const char *const clients[] = {
        "Woonwinkel",     "Elektrohuis",   "Slaapgoed",   "Keukenstudio",  "Bankenplein",
        "Witgoed Direct", "Kastenhal",     "Meubelmaker", "Huis & Haard",  "TV-Land",
        "Koelcentrum",    "Bedden Expert", "Stoelenzaak", "Tafelhuis",     "Lampenwinkel",
        "Tuinhuis",       "Badkamerland",  "Vloerenhal",  "Gordijnenshop", "Fietsplaza"};
    const char *const types[] = {
        "washing_machine", "dryer", "fridge", "dishwasher", "oven",   "sofa", "bed",
        "wardrobe",        "table", "tv",     "mattress",   "cabinet"};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO clients VALUES (?, ?)"));
    for (int i = 0; i < 20; ++i) {
        q.addBindValue(QStringLiteral("C-%1").arg(i, 2, 10, QLatin1Char('0')));
        q.addBindValue(QString::fromUtf8(clients[i]));
        Database::run(q);
    }
    q.prepare(QStringLiteral("INSERT INTO products (id, type, description) VALUES (?, ?, ?)"));
    for (int i = 0; i < 12; ++i) {
        q.addBindValue(QStringLiteral("P-%1").arg(i, 2, 10, QLatin1Char('0')));
        q.addBindValue(QString::fromLatin1(types[i]));
        q.addBindValue(QString::fromLatin1(types[i]));
        Database::run(q);
    }
    exec(db, QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 119)"
                 " INSERT INTO crew_members SELECT printf('D-%03d', i), printf('Chauffeur %03d', i)"
                 " FROM n"));
    exec(db, QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 59)"
                 " INSERT INTO vehicles (id) SELECT printf('V-%02d', i) FROM n"));
    exec(db, QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 4999)"
                 " INSERT INTO customers (id, name, lat, lon) SELECT printf('K-%04d', i),"
                 " printf('Klant %04d', i), 52.0, 5.0 FROM n"));
    exec(db, QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                 " INSERT INTO routes (id, day, hub_id, vehicle_id, planned_start, plan_ts,"
                 " plan_event) SELECT printf('R-%06d', i), date('2023-12-01', '+' || (i / 80) ||"
                 " ' days'), 'H-' || (i % 4), printf('V-%02d', i % 60), 0, 0, 'bench' FROM n")
                 .arg(routes - 1));
    exec(db, QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                 " INSERT INTO route_crew SELECT printf('R-%06d', i), 0,"
                 " printf('D-%03d', (i * 31) % 120) FROM n")
                 .arg(routes - 1));
    exec(db, QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                 " INSERT INTO route_crew SELECT printf('R-%06d', i), 1,"
                 " printf('D-%03d', (i * 17 + 5) % 120) FROM n WHERE (i * 17 + 5) % 120 <>"
                 " (i * 31) % 120")
                 .arg(routes - 1));
    exec(db, QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                 " INSERT INTO stops (id, route_id, seq, customer_id, client_id, product_id,"
                 " window_start, window_end, planned_arrival, service_min, state) SELECT"
                 " printf('S-%07d', i), printf('R-%06d', i / 12), i % 12,"
                 " printf('K-%04d', (i * 7919) % 5000), printf('C-%02d', (i * 104729 / 7) % 20),"
                 " printf('P-%02d', (i * 15485863 / 11) % 12), 0, 0, 0, 20, 'done' FROM n")
                 .arg(reviews - 1));
    exec(db, QStringLiteral("CREATE TEMP TABLE frag (lang TEXT, part INTEGER, k INTEGER,"
                            " text TEXT, PRIMARY KEY (lang, part, k))"));
    q.prepare(QStringLiteral("INSERT INTO frag VALUES (?, ?, ?, ?)"));
    auto addParts = [&](const char *lang, int part, const char *const *texts, int n) {
        for (int k = 0; k < n; ++k) {
            q.addBindValue(QString::fromLatin1(lang));
            q.addBindValue(part);
            q.addBindValue(k);
            q.addBindValue(QString::fromUtf8(texts[k]));
            Database::run(q);
        }
    };
    addParts("nl", 0, dutchOpen, 16);
    addParts("nl", 1, dutchMiddle, 16);
    addParts("nl", 2, dutchClose, 8);
    addParts("en", 0, englishOpen, 16);
    addParts("en", 1, englishMiddle, 16);
    addParts("en", 2, englishClose, 8);
    // h is a hash of i; from its bits: the language (7 in 10 Dutch), the
    // three parts, the score (from the tone of the first part), an empty
    // comment for 1 in 10, and a few seconds of jitter on the arrival.
    exec(db, QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1),"
                 " h(i, h, lang) AS (SELECT i, (i * 2654435761) % 4294967296,"
                 "   CASE WHEN ((i * 2654435761) % 4294967296 >> 28) % 10 < 7 THEN 'nl' ELSE 'en'"
                 "   END FROM n),"
                 " p(i, h, lang, k0) AS (SELECT i, h, lang, (h >> 3) % 16 FROM h)"
                 " INSERT INTO reviews (id, stop_id, score, comment, language, channel,"
                 " received_at, source) SELECT printf('RV-%07d', i), printf('S-%07d', i),"
                 " CASE WHEN k0 < 8 THEN 7 + (h >> 20) % 4 ELSE (h >> 20) % 7 END,"
                 " CASE WHEN (h >> 24) % 10 = 0 THEN '' ELSE"
                 "  (SELECT text FROM frag WHERE lang = p.lang AND part = 0 AND k = k0) || ' ' ||"
                 "  (SELECT text FROM frag WHERE lang = p.lang AND part = 1 AND k = (h >> 9) % 16)"
                 "  || ' ' ||"
                 "  (SELECT text FROM frag WHERE lang = p.lang AND part = 2 AND k = (h >> 15) % 8)"
                 " END, lang, 'email', 1701388800000 + i * 94608 + (h >> 5) % 60000, 'feed'"
                 " FROM p")
                 .arg(reviews - 1));
    transaction.commit();
}

void tagThemes(Database &db)
{
    Transaction transaction(db);
    exec(db, QStringLiteral(
                 "INSERT INTO review_themes (review_id, theme) SELECT id, 'punctuality' FROM"
                 " reviews WHERE comment LIKE '%op tijd%' OR comment LIKE '%te laat%' OR"
                 " comment LIKE '%tijdvak%' OR comment LIKE '%on time%' OR comment LIKE"
                 " '%hours late%' OR comment LIKE '%time slot%' OR comment LIKE '%window was%'"));
    exec(db, QStringLiteral("INSERT INTO review_themes (review_id, theme) SELECT id, 'damage' FROM"
                            " reviews WHERE comment LIKE '%beschadigd%' OR comment LIKE"
                            " '%damaged%' OR comment LIKE '%rassen%' OR comment LIKE"
                            " '%cratches%'"));
    exec(db, QStringLiteral("INSERT INTO review_themes (review_id, theme) SELECT id, 'price' FROM"
                            " reviews WHERE comment LIKE '%rijs voor%' OR comment LIKE"
                            " '%price is%'"));
    transaction.commit();
}

// What the team leads did: 9 in 10 reviews older than a month handled (the
// rest and the last month unhandled), 1 in 500 starred.
void markState(Database &db, int reviews)
{
    const qint64 lastMonth = 1701388800000LL + qint64(reviews) * 94608 - 30LL * 86400 * 1000;
    Transaction transaction(db);
    exec(db, QStringLiteral("INSERT INTO review_state (review_id, handled, handled_by, handled_at,"
                            " starred, updated_at) SELECT id,"
                            " received_at < %1 AND rowid % 10 <> 3, 'lead',"
                            " received_at + 3600000, rowid % 500 = 7, received_at + 3600000"
                            " FROM reviews WHERE (received_at < %1 AND rowid % 10 <> 3)"
                            " OR rowid % 500 = 7")
                 .arg(lastMonth));
    transaction.commit();
}

template<typename F> double timeMs(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int reviews = 1000000;
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--reviews") && i + 1 < args.size())
            reviews = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keep = args.at(++i);
    }
    if (reviews < 100) {
        out() << "--reviews must be at least 100\n";
        return 2;
    }
    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("reviews.sqlite")) : keep;
    const bool existing = !keep.isEmpty() && QFile::exists(keep);
    try {
        if (!existing) {
            Database db(DatabaseConfig::sqlite(path));
            const double genMs = timeMs([&] { generate(db, reviews); });
            out() << "generated " << reviews << " reviews in " << qRound(genMs) << " ms\n";
            // Themes as the tagger would cache them, from the comments' words
            // (a common theme, a less common one and a rare one).
            const double tagMs = timeMs([&] { tagThemes(db); });
            out() << "themes cached in " << qRound(tagMs) << " ms\n";
            const double stateMs = timeMs([&] { markState(db, reviews); });
            out() << "handled and starred marked in " << qRound(stateMs) << " ms\n";
            double indexMs = timeMs([&] { ReviewStore store(db); });
            out() << "search index and crew index built in " << qRound(indexMs) << " ms\n";
            out().flush();
        }

        // A fresh connection, as when the workspace opens (the file is in the
        // operating system's cache, SQLite's own cache is empty).
        Database db(DatabaseConfig::sqlite(path));
        std::unique_ptr<ReviewStore> store;
        std::unique_ptr<ReviewInboxModel> model;
        const double openMs = timeMs([&] {
            store = std::make_unique<ReviewStore>(db);
            model = std::make_unique<ReviewInboxModel>(*store, nullptr);
        });
        out() << "open: " << model->rowCount() << " rows in the first page, "
              << QString::number(openMs, 'f', 1) << " ms\n";

        int pages = 0;
        const double scrollMs = timeMs([&] {
            while (model->canFetchMore({})) {
                model->fetchMore({});
                ++pages;
            }
        });
        out() << "scroll to the end: " << model->rowCount() << " rows in " << pages
              << " more pages, " << qRound(scrollMs) << " ms ("
              << QString::number(scrollMs / qMax(1, pages), 'f', 2) << " ms a page), memory now "
              << qRound(currentMb()) << " MB\n";
        out().flush();

        ReviewFilter byDriver;
        byDriver.crewId = QStringLiteral("D-007");
        const double filterMs = timeMs([&] { model->setFilter(byDriver); });
        const qint64 driverReviews = store->count(byDriver);
        out() << "filter by driver D-007: first page of " << model->rowCount() << " in "
              << QString::number(filterMs, 'f', 1) << " ms (" << driverReviews
              << " reviews in all)\n";

        {
            // Another driver from there (the inbox now holds one page, not
            // a million rows to let go of).
            ReviewFilter other;
            other.crewId = QStringLiteral("D-011");
            const double ms = timeMs([&] { model->setFilter(other); });
            out() << "  filter by driver D-011 next: first page of " << model->rowCount() << " in "
                  << QString::number(ms, 'f', 1) << " ms\n";
        }
        qint64 countMs = qRound64(timeMs([&] { store->count(byDriver); }));
        out() << "  count of the driver's reviews (the inbox's count line): " << countMs << " ms\n";

        // The same first page's keys as before review_crew: the driver's
        // routes, their stops, those stops' reviews, sorted. Same run, same
        // file, same cache state as the figure above.
        {
            QSqlQuery old(db.connection());
            old.setForwardOnly(true);
            old.prepare(QStringLiteral(
                "SELECT r.id FROM reviews r WHERE r.stop_id IN (SELECT s2.id FROM route_crew rc2"
                " JOIN stops s2 ON s2.route_id = rc2.route_id WHERE rc2.crew_id = ?)"
                " ORDER BY r.received_at DESC, r.id DESC LIMIT 500"));
            QSqlQuery now(db.connection());
            now.setForwardOnly(true);
            now.prepare(QStringLiteral("SELECT k.review_id FROM review_crew k WHERE k.crew_id = ?"
                                       " ORDER BY k.received_at DESC, k.review_id DESC LIMIT 500"));
            for (int round = 0; round < 2; ++round) {
                for (QSqlQuery *q : {&old, &now}) {
                    int n = 0;
                    const double ms = timeMs([&] {
                        q->addBindValue(QStringLiteral("D-011"));
                        Database::run(*q);
                        while (q->next())
                            ++n;
                        q->finish();
                    });
                    out() << "  driver D-011 first page keys, "
                          << (q == &old ? "join through stops (before): "
                                        : "from review_crew (now):      ")
                          << n << " in " << QString::number(ms, 'f', 1) << " ms\n";
                }
            }
        }

        auto tryFilter = [&](const char *name, const ReviewFilter &f) {
            const double ms = timeMs([&] { model->setFilter(f); });
            out() << "  filter " << name << ": " << model->rowCount() << " rows in "
                  << QString::number(ms, 'f', 1) << " ms\n";
            return ms;
        };
        ReviewFilter f;
        f.crewId = QStringLiteral("D-NOBODY");
        tryFilter("driver without reviews", f);
        f = {};
        f.hubId = QStringLiteral("H-2");
        const double hubMs = tryFilter("hub", f);
        f = {};
        f.clientId = QStringLiteral("C-07");
        f.band = Reviews::ScoreBand::Detractor;
        const double clientMs = tryFilter("client + detractors", f);
        f = {};
        f.productType = QStringLiteral("wardrobe");
        const double productMs = tryFilter("product type", f);
        f = {};
        f.theme = QStringLiteral("damage");
        const double themeMs = tryFilter("theme 'damage'", f);
        f.theme = QStringLiteral("price");
        tryFilter("theme 'price' (rare)", f);
        f.crewId = QStringLiteral("D-007");
        tryFilter("theme 'price' + driver", f);
        f = {};
        f.productType = QStringLiteral("wardrobe");
        f.clientId = QStringLiteral("C-07");
        f.hubId = QStringLiteral("H-2");
        f.band = Reviews::ScoreBand::Detractor;
        tryFilter("hub + client + product type + detractors", f);
        f = {};
        f.starredOnly = true;
        tryFilter("starred only", f);
        f = {};
        f.unhandledOnly = true;
        tryFilter("unhandled only", f);
        f = {};
        f.from = 1701388800000LL + qint64(reviews / 2) * 94608;
        f.to = f.from + 7LL * 24 * 3600 * 1000;
        const double periodMs = tryFilter("one week, three years ago", f);
        f.crewId = QStringLiteral("D-007");
        tryFilter("one week, three years ago + driver", f);

        // What team leads combine: a score band with any one other filter,
        // a client's detractors last month, a hub's unhandled reviews,
        // starred. Each from the inbox filtered as the one before (one page).
        const qint64 end = 1701388800000LL + qint64(reviews) * 94608;
        const qint64 month = 30LL * 86400 * 1000;
        QVector<QPair<QByteArray, double>> combos;
        auto combo = [&](const char *key, const char *name, const ReviewFilter &cf) {
            combos.append({key, tryFilter(name, cf)});
        };
        using Reviews::ScoreBand;
        auto banded = [](ScoreBand band) {
            ReviewFilter bf;
            bf.band = band;
            return bf;
        };
        f = banded(ScoreBand::Detractor);
        combo("band_ms", "detractors", f);
        f.crewId = QStringLiteral("D-007");
        combo("band_driver_ms", "detractors + driver", f);
        f = banded(ScoreBand::Promoter);
        f.hubId = QStringLiteral("H-1");
        combo("band_hub_ms", "promoters + hub", f);
        f = banded(ScoreBand::Detractor);
        f.clientId = QStringLiteral("C-03");
        combo("band_client_ms", "detractors + client", f);
        f = banded(ScoreBand::Passive);
        f.productType = QStringLiteral("sofa");
        combo("band_product_ms", "passives + product type", f);
        f = banded(ScoreBand::Detractor);
        f.theme = QStringLiteral("damage");
        combo("band_theme_ms", "detractors + theme 'damage'", f);
        f.theme = QStringLiteral("price");
        combo("band_rare_theme_ms", "detractors + theme 'price' (rare)", f);
        f = banded(ScoreBand::Promoter);
        f.from = end - 400LL * 86400 * 1000;
        f.to = f.from + 7LL * 86400 * 1000;
        combo("band_period_ms", "promoters + a week a year ago", f);
        f = banded(ScoreBand::Detractor);
        f.clientId = QStringLiteral("C-07");
        f.from = end - month;
        combo("client_period_band_ms", "client + last month + detractors", f);
        f.from = end - 2 * month;
        f.to = end - month;
        combo("client_month_band_ms", "client + the month before + detractors", f);
        f = {};
        f.hubId = QStringLiteral("H-3");
        f.unhandledOnly = true;
        combo("hub_unhandled_ms", "hub + unhandled", f);
        f.band = ScoreBand::Detractor;
        combo("hub_unhandled_band_ms", "hub + unhandled + detractors", f);
        f = {};
        f.starredOnly = true;
        combo("starred_ms", "starred", f);
        f.clientId = QStringLiteral("C-07");
        combo("starred_client_ms", "starred + client", f);
        f = {};
        f.productType = QStringLiteral("wardrobe");
        f.clientId = QStringLiteral("C-07");
        f.hubId = QStringLiteral("H-2");
        f.band = ScoreBand::Detractor;
        combo("four_ms", "hub + client + product type + detractors", f);
        f.crewId = QStringLiteral("D-007");
        combo("four_driver_ms", "the same + driver", f);
        f = {};
        f.clientId = QStringLiteral("C-07");
        f.productType = QStringLiteral("wardrobe");
        combo("client_product_ms", "client + product type", f);
        f = {};
        f.unhandledOnly = true;
        combo("unhandled_ms", "unhandled only", f);
        {
            // Counting (the inbox's count line) for the slowest combination.
            ReviewFilter cf;
            cf.productType = QStringLiteral("wardrobe");
            cf.clientId = QStringLiteral("C-07");
            cf.hubId = QStringLiteral("H-2");
            cf.band = ScoreBand::Detractor;
            qint64 n = 0;
            const double ms = timeMs([&] { n = store->count(cf); });
            out() << "  count hub + client + product type + detractors: " << n << " in "
                  << QString::number(ms, 'f', 1) << " ms\n";
        }
        double worst = 0;
        for (const auto &c : combos)
            worst = qMax(worst, c.second);

        f = {};
        f.searchText = QStringLiteral("beschadigd");
        tryFilter("search text 'beschadigd'", f);
        f.crewId = QStringLiteral("D-007");
        tryFilter("search text + driver", f);

        QVector<ReviewRow> hits;
        const double searchMs =
            timeMs([&] { hits = store->search(QStringLiteral("beschadigd"), 100); });
        int ranges = 0;
        for (const ReviewRow &r : hits)
            ranges += int(r.highlights.size());
        out() << "search 'beschadigd': " << hits.size() << " newest matches, " << ranges
              << " highlights, " << QString::number(searchMs, 'f', 1) << " ms\n";
        for (const char *word :
             {"vriendelijk", "kleur", "wardrobe", "geinstalleerd", "nobody cal"}) {
            QVector<ReviewRow> more;
            const double ms = timeMs([&] { more = store->search(QString::fromUtf8(word), 100); });
            out() << "  search '" << word << "': " << more.size() << " in "
                  << QString::number(ms, 'f', 1) << " ms\n";
        }
        model.reset();
        out() << "open_ms=" << qRound(openMs) << " filter_ms=" << qRound(filterMs)
              << " search_ms=" << qRound(searchMs) << " peak_mb=" << qRound(peakMb())
              << " hub_ms=" << qRound(hubMs) << " client_ms=" << qRound(clientMs)
              << " product_ms=" << qRound(productMs) << " theme_ms=" << qRound(themeMs)
              << " period_ms=" << qRound(periodMs);
        for (const auto &c : combos)
            out() << ' ' << c.first.constData() << '=' << qRound(c.second);
        out() << " combo_max_ms=" << qRound(worst) << '\n';
    } catch (const StoreError &e) {
        out() << "error: " << e.message() << '\n';
        return 1;
    }
    return 0;
}
