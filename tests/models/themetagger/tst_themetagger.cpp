#include "labelledset.h"
#include "reviews/languageguess.h"
#include "reviews/themetagger.h"

#include <QFutureSynchronizer>
#include <QtConcurrent>
#include <QtTest>

using ReviewThemes::Theme;
using ReviewThemes::Tone;

Q_DECLARE_METATYPE(std::optional<int>)

namespace {

// "theme:polarity" per hit of a theme, e.g. "punctuality:-1".
QStringList themeHits(const ThemeTagging &t)
{
    QStringList list;
    for (const ThemeHit &h : t.hits)
        if (h.theme != Theme::Other)
            list << QStringLiteral("%1:%2").arg(ReviewThemes::themeKey(h.theme)).arg(h.polarity);
    return list;
}

QString dataFile(const char *name)
{
    return QStringLiteral(VOORZET_THEMES_DATA_DIR "/") + QLatin1String(name);
}

} // namespace

class TestThemeTagger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void themes_data();
    void themes();
    void negation_data();
    void negation();
    void highlights_data();
    void highlights();
    void tone_data();
    void tone();
    void toneOfScore_data();
    void toneOfScore();
    void language_data();
    void language();
    void keys();
    void vocabularyErrors_data();
    void vocabularyErrors();
    void ownVocabulary();
    void threads();
    void labelledSet_data();
    void labelledSet();
};

void TestThemeTagger::themes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("themes");

    auto row = [](const char *name, const char *lang, const char *text, QStringList themes) {
        QTest::newRow(name) << QString::fromLatin1(lang) << QString::fromUtf8(text) << themes;
    };
    // Dutch compounds and inflections.
    row("nl compound bezorgtijd", "nl", "De bezorgtijd klopte niet", {"punctuality"});
    row("nl compound tijdvak", "nl", "Buiten het bezorgtijdvak gekomen", {"punctuality"});
    row("nl montage prefix", "nl", "De montageservice was goed", {"installation"});
    row("nl opgehangen", "nl", "Spiegel opgehangen", {"installation"});
    row("nl krasje", "nl", "Een krasje op het blad", {"damage"});
    row("nl transportschade", "nl", "Transportschade aan de kast", {"damage"});
    row("nl bezorgkosten", "nl", "De bezorgkosten vielen mee", {"price"});
    row("nl stofzuigen infix", "nl", "Na afloop alles gestofzuigd", {"care"});
    row("nl phrase with gap", "nl", "De oude bank hebben ze meteen meegenomen", {"take_back"});
    row("nl belde van tevoren", "nl", "Hij belde netjes van tevoren", {"communication"});
    row("nl weak netjes gives way", "nl", "Netjes op tijd", {"punctuality"});
    row("nl netjes alone is care", "nl", "Heel netjes.", {"care"});
    row("nl typo", "nl", "Heel vriendleijk", {"friendliness"});
    row("nl nothing", "nl", "Ik heb een bank gekocht.", {"other"});
    row("nl several", "nl", "Te laat, onvriendelijk en een deuk in de deur",
        {"punctuality", "friendliness", "damage"});
    // Customers' own words (not the simulator's).
    row("nl naar de stort", "nl", "Die oude kast mocht ik zelf naar de stort rijden",
        {"take_back"});
    row("nl geen schroeven bij", "nl", "Er zaten geen pluggen bij", {"wrong_product"});
    row("nl niks gehoord", "nl", "Daarna niks meer van ze gehoord", {"communication"});
    row("nl hap uit de deur", "nl", "Flinke hap uit de voordeur", {"damage"});
    row("nl ruw omgegaan", "nl", "Erg ruw met de nieuwe kast omgegaan", {"care"});
    row("nl half in elkaar", "nl", "Bed half in elkaar laten staan", {"installation"});
    row("nl gestapeld", "nl", "Droger op de wasmachine gestapeld", {"installation"});
    row("nl aansluiting is no praise", "nl", "De aansluiting lekt", {"installation"});
    row("en hung up is no installation", "en", "The helpdesk just hung up on me",
        {"communication"});
    row("en hung the mirror", "en", "They hung the mirror for us", {"installation"});
    row("en missed is not missing", "en", "They missed the time slot completely", {"punctuality"});
    row("en missing parts", "en", "Two legs were missing", {"wrong_product"});
    // English.
    row("en called ahead", "en", "The driver called ahead", {"communication"});
    row("en put it together", "en", "They put it together for us", {"installation"});
    row("en old one away", "en", "They took the old fridge away", {"take_back"});
    row("en wrong colour", "en", "Wrong colour sofa", {"wrong_product"});
    row("en currency", "en", "£60 for delivery", {"price"});
    row("en customer care hides care", "en", "Customer care was helpful", {"friendliness", "communication"});
    row("en typo", "en", "Very freindly", {"friendliness"});
    row("en short word is no typo", "en", "Carried it up the stairs", {"other"});
    row("en no stem collision", "en", "Loved the tracking", {"communication"});
    row("en nothing", "en", "I bought a sofa.", {"other"});
}

void TestThemeTagger::themes()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, themes);
    const ThemeTagging t = ThemeTagger().tag(text, language);
    QCOMPARE(t.themeKeys(), themes);
    QCOMPARE(t.language, language);
}

void TestThemeTagger::negation_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("hits");

    auto row = [](const char *name, const char *lang, const char *text, QStringList hits) {
        QTest::newRow(name) << QString::fromLatin1(lang) << QString::fromUtf8(text) << hits;
    };
    row("niet vriendelijk", "nl", "Niet vriendelijk", {"friendliness:-1"});
    row("niet echt vriendelijk", "nl", "Niet echt vriendelijk", {"friendliness:-1"});
    row("vriendelijk", "nl", "Vriendelijk", {"friendliness:1"});
    row("geen krasje", "nl", "Geen krasje", {"damage:1"});
    row("krasje", "nl", "Een krasje", {"damage:-1"});
    row("niet op tijd", "nl", "Ze waren niet op tijd", {"punctuality:-1"});
    row("niet te laat", "nl", "Niet te laat", {"punctuality:1"});
    row("belden niet (after)", "nl", "Ze belden niet", {"communication:-1"});
    row("negation inside gap", "nl", "De oude kast werd niet meegenomen", {"take_back:-1"});
    row("maar stops negation", "nl", "Niet gebeld maar wel op tijd",
        {"communication:-1", "punctuality:1"});
    row("comma stops negation", "nl", "Niks mis, vriendelijk", {"friendliness:1"});
    row("not on time", "en", "Not on time", {"punctuality:-1"});
    row("never called", "en", "Never called", {"communication:-1"});
    row("didn't call", "en", "They didn't call", {"communication:-1"});
    row("not a single scratch", "en", "Not a single scratch", {"damage:1"});
    row("refused to take", "en", "They refused to take the old bed", {"take_back:-1"});
    row("but stops negation", "en", "Didn't call but on time",
        {"communication:-1", "punctuality:1"});
    row("didn't turn up owns its negation", "en", "They didn't turn up", {"punctuality:-1"});
    row("wasn't after the theme", "en", "Assembly wasn't done", {"installation:-1"});
    row("negated mention", "nl", "Zonder bericht", {"communication:-1"});
    row("zonder after is no negation", "nl", "Oude bank afgevoerd zonder gedoe", {"take_back:1"});
}

void TestThemeTagger::negation()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, hits);
    QCOMPARE(themeHits(ThemeTagger().tag(text, language)), hits);
}

void TestThemeTagger::highlights_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("phrase") << QStringLiteral("Keurig op tijd!") << QStringLiteral("punctuality")
                            << QStringList{QStringLiteral("op tijd")};
    QTest::newRow("gap phrase") << QStringLiteral("De oude kast is meegenomen.")
                                << QStringLiteral("take_back")
                                << QStringList{QStringLiteral("oude kast is meegenomen")};
    QTest::newRow("accents keep positions")
        << QStringLiteral("Één deuk, één kras") << QStringLiteral("damage")
        << QStringList{QStringLiteral("deuk"), QStringLiteral("kras")};
    QTest::newRow("compound") << QStringLiteral("Lange wachttijd; bezorgtijdvak gemist")
                              << QStringLiteral("punctuality")
                              << QStringList{QStringLiteral("wachttijd"), QStringLiteral("bezorgtijdvak")};
    QTest::newRow("english") << QStringLiteral("They called ahead, lovely.")
                             << QStringLiteral("communication")
                             << QStringList{QStringLiteral("called ahead")};
}

void TestThemeTagger::highlights()
{
    QFETCH(QString, text);
    QFETCH(QString, theme);
    QFETCH(QStringList, words);
    const ThemeTagging t = ThemeTagger().tag(text);
    QStringList highlighted;
    for (const auto &range : t.rangesOf(*ReviewThemes::themeFromKey(theme)))
        highlighted << text.mid(range.first, range.second);
    QCOMPARE(highlighted, words);
}

void TestThemeTagger::tone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<int>>("score");
    QTest::addColumn<QString>("tone");

    auto row = [](const char *text, std::optional<int> score, const char *tone) {
        QTest::newRow(text) << QString::fromUtf8(text) << score << QString::fromLatin1(tone);
    };
    row("Super vriendelijk en op tijd", std::nullopt, "positive");
    row("Te laat en onvriendelijk", std::nullopt, "negative");
    row("Vriendelijk maar te laat", std::nullopt, "mixed");
    row("Geen klagen", std::nullopt, "positive");
    row("Niet tevreden", std::nullopt, "negative");
    row("Friendly but late", std::nullopt, "mixed");
    row("No complaints at all", std::nullopt, "positive");
    row("Bank afgeleverd", std::nullopt, "mixed");
    row("Bank afgeleverd.", 10, "positive");
    row("Bank  afgeleverd", 3, "negative");
    row("Heel vriendelijk", 2, "mixed");
    row("Te laat", 10, "mixed");
    row("De aansluiting lekt", std::nullopt, "negative");
    row("Niks meer van gehoord", std::nullopt, "negative");
    row("Viel tegen, maar het is opgelost", std::nullopt, "mixed");
    row("Oh great, two hours late again", std::nullopt, "negative");
    row("Bit late but they apologised", std::nullopt, "mixed");
}

void TestThemeTagger::tone()
{
    QFETCH(QString, text);
    QFETCH(std::optional<int>, score);
    QFETCH(QString, tone);
    QCOMPARE(ThemeTagger().tag(text, {}, score).toneKey(), tone);
}

void TestThemeTagger::toneOfScore_data()
{
    QTest::addColumn<int>("positive");
    QTest::addColumn<int>("negative");
    QTest::addColumn<int>("score"); // -1: none
    QTest::addColumn<QString>("tone");
    QTest::newRow("no words no score") << 0 << 0 << -1 << "mixed";
    QTest::newRow("no words promoter") << 0 << 0 << 9 << "positive";
    QTest::newRow("no words passive") << 0 << 0 << 8 << "mixed";
    QTest::newRow("no words detractor") << 0 << 0 << 6 << "negative";
    QTest::newRow("praise detractor") << 2 << 0 << 6 << "mixed";
    QTest::newRow("praise passive") << 2 << 0 << 7 << "positive";
    QTest::newRow("complaint promoter") << 0 << 1 << 9 << "mixed";
    QTest::newRow("complaint passive") << 0 << 1 << 8 << "negative";
    QTest::newRow("both promoter") << 1 << 1 << 10 << "mixed";
}

void TestThemeTagger::toneOfScore()
{
    QFETCH(int, positive);
    QFETCH(int, negative);
    QFETCH(int, score);
    QFETCH(QString, tone);
    const auto given = score < 0 ? std::nullopt : std::optional<int>(score);
    QCOMPARE(ReviewThemes::toneKey(ReviewThemes::toneOf(positive, negative, given)), tone);
}

void TestThemeTagger::language_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("guess");
    QTest::addColumn<QString>("tagged"); // what tag() settles on
    QTest::newRow("dutch") << "Ze waren heel vriendelijk en op tijd" << "nl" << "nl";
    QTest::newRow("english") << "They were very friendly and on time" << "en" << "en";
    QTest::newRow("dutch ij") << "Vriendelijk!" << "nl" << "nl";
    QTest::newRow("no hint, english words") << "Rude driver" << "" << "en";
    QTest::newRow("no hint, dutch words") << "Slechte bezorger" << "" << "nl";
    QTest::newRow("nothing at all") << "123" << "" << "nl";
}

void TestThemeTagger::language()
{
    QFETCH(QString, text);
    QFETCH(QString, guess);
    QFETCH(QString, tagged);
    QCOMPARE(LanguageGuess::guess(text), guess);
    QCOMPARE(ThemeTagger().tag(text).language, tagged);
}

void TestThemeTagger::keys()
{
    const QStringList expected = {"punctuality", "friendliness", "care", "damage", "installation",
                                  "take_back", "communication", "wrong_product", "price", "other"};
    QStringList keys;
    for (Theme t : ReviewThemes::allThemes()) {
        keys << ReviewThemes::themeKey(t);
        QCOMPARE(ReviewThemes::themeFromKey(keys.constLast()), std::optional<Theme>(t));
        QVERIFY(!ReviewThemes::themeText(t).isEmpty());
    }
    QCOMPARE(keys, expected);
    QVERIFY(!ReviewThemes::themeFromKey(QStringLiteral("punctual")));
    QCOMPARE(ReviewThemes::toneFromKey(QStringLiteral("mixed")), std::optional<Tone>(Tone::Mixed));
    QVERIFY(!ReviewThemes::toneFromKey(QStringLiteral("neutral")));
}

void TestThemeTagger::vocabularyErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{") << "JSON error";
    QTest::newRow("no languages") << QByteArray("{}") << "no \"languages\"";
    QTest::newRow("no stemmer") << QByteArray(R"({"languages":{"nl":{}}})") << "no \"stemmer\"";
    QTest::newRow("unknown stemmer")
        << QByteArray(R"({"languages":{"xx":{"stemmer":"klingon"}}})") << "klingon";
    QTest::newRow("unknown theme")
        << QByteArray(R"({"languages":{"nl":{"stemmer":"dutch","themes":{"speed":["snel"]}}}})")
        << "unknown theme 'speed'";
    QTest::newRow("short wildcard")
        << QByteArray(R"({"languages":{"nl":{"stemmer":"dutch","themes":{"care":["ab*"]}}}})")
        << "three letters";
    QTest::newRow("leading gap")
        << QByteArray(R"({"languages":{"nl":{"stemmer":"dutch","themes":{"care":[".. schoon"]}}}})")
        << "starts with a gap";
    QTest::newRow("signed tone word")
        << QByteArray(R"({"languages":{"nl":{"stemmer":"dutch","tone":{"positive":["-slecht"]}}}})")
        << "polarity of its list";
}

void TestThemeTagger::vocabularyErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    try {
        ThemeTagger tagger(json);
        QFAIL("the vocabulary was accepted");
    } catch (const ThemeVocabularyError &e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(message), e.what());
    }
}

void TestThemeTagger::ownVocabulary()
{
    const ThemeTagger tagger(QByteArray(R"({"languages":{"en":{"stemmer":"english",
        "negators":["not"],"themes":{"price":["-expensive", "+cheap*"]}}}})"));
    QCOMPARE(tagger.languages(), QStringList{QStringLiteral("en")});
    const ThemeTagging t = tagger.tag(QStringLiteral("Expensives, but cheapest"));
    QCOMPARE(t.themeKeys(), QStringList{QStringLiteral("price")});
    QCOMPARE(t.toneKey(), QStringLiteral("mixed"));
    QCOMPARE(tagger.tag(QStringLiteral("not expensive")).toneKey(), QStringLiteral("positive"));
}

void TestThemeTagger::threads()
{
    // Each thread stems with its own stemmer: the same answers in parallel.
    const ThemeTagger tagger;
    QString error;
    const QVector<LabelledReview> set = readLabelledSet(dataFile("labelled.tsv"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList serial;
    for (const LabelledReview &r : set)
        serial << tagger.tag(r.text).themeKeys().join(QLatin1Char(','));
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    QVector<QFuture<QStringList>> runs;
    for (int run = 0; run < 4; ++run)
        runs << QtConcurrent::run(&pool, [&] {
            QStringList parallel;
            for (const LabelledReview &r : set)
                parallel << tagger.tag(r.text).themeKeys().join(QLatin1Char(','));
            return parallel;
        });
    for (auto &f : runs)
        QCOMPARE(f.result(), serial);
}

void TestThemeTagger::labelledSet_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("minimumTexts");
    QTest::addColumn<double>("minPrecision");
    QTest::addColumn<double>("minRecall");
    QTest::addColumn<double>("minTone");
    // Floors a little under what the tagger measures (see bench-themes), so a
    // change that makes it worse fails here.
    QTest::newRow("labelled") << dataFile("labelled.tsv") << 250 << 0.80 << 0.80 << 0.70;
    QTest::newRow("held out") << dataFile("heldout.tsv") << 80 << 0.65 << 0.65 << 0.55;
    QTest::newRow("fresh2") << dataFile("fresh2.tsv") << 80 << 0.80 << 0.80 << 0.70;
    QTest::newRow("fresh3") << dataFile("fresh3.tsv") << 40 << 0.75 << 0.75 << 0.70;
}

void TestThemeTagger::labelledSet()
{
    QFETCH(QString, file);
    QFETCH(int, minimumTexts);
    QFETCH(double, minPrecision);
    QFETCH(double, minRecall);
    QFETCH(double, minTone);
    QString error;
    const QVector<LabelledReview> set = readLabelledSet(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(set.size() >= minimumTexts);
    int dutch = 0;
    for (const LabelledReview &r : set)
        dutch += r.language == QLatin1String("nl");
    QVERIFY2(dutch * 3 > set.size() && dutch * 3 < 2 * set.size(), "about half Dutch, half English");

    const LabelledScore s = scoreLabelledSet(ThemeTagger(), set);
    const QString summary = QStringLiteral("precision %1 recall %2 tone %3 language %4")
                                .arg(s.micro.precision())
                                .arg(s.micro.recall())
                                .arg(s.toneAccuracy())
                                .arg(s.languageAccuracy());
    qInfo().noquote() << summary;
    QVERIFY2(s.micro.precision() >= minPrecision, qPrintable(summary));
    QVERIFY2(s.micro.recall() >= minRecall, qPrintable(summary));
    QVERIFY2(s.toneAccuracy() >= minTone, qPrintable(summary));
    QVERIFY2(s.languageAccuracy() >= 0.9, qPrintable(summary));
}

QTEST_GUILESS_MAIN(TestThemeTagger)
#include "tst_themetagger.moc"
