// The Notices page of the settings, offscreen: a template is edited with a
// live preview of exactly what the customer gets, reset to its default, and
// saved only on apply; the gateway address is checked; the company's
// contact line fills the messages.
#include "common/settingsdialog.h"
#include "core/timeformat.h"
#include "notices/gatewayconfig.h"
#include "notices/noticesettingspage.h"
#include "notices/noticetemplates.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Notices;

class TestNoticeSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void editShowsThePreviewAndSavesOnApply();
    void resetGoesBackToTheDefault();
    void editsOfSeveralTemplatesAreKept();
    void previewForARealCustomer();
    void gatewayAddressIsChecked_data();
    void gatewayAddressIsChecked();
    void settingsDialogHasTheNoticesPage();

private:
    template<typename T> static T *child(QWidget *page, const char *name)
    {
        auto *w = page->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
};

void TestNoticeSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VoorzetTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_noticesettings"));
    qunsetenv("VOORZET_GATEWAY_URL");
    qunsetenv("VOORZET_GATEWAY_SECRET");
}

void TestNoticeSettings::init()
{
    QSettings().clear();
}

void TestNoticeSettings::editShowsThePreviewAndSavesOnApply()
{
    NoticeSettingsPage page;
    page.show();
    page.showTemplate(kindKey(IncidentKind::Snow), QStringLiteral("en"));
    auto *text = page.templateEditor();
    const QString snowEn =
        NoticeTemplates::defaultText(kindKey(IncidentKind::Snow), QStringLiteral("en"));
    QCOMPARE(text->toPlainText(), snowEn);
    QVERIFY(page.previewText().startsWith(QLatin1String("Dear Anna de Vries")));
    QVERIFY(!page.previewText().contains(QLatin1Char('{')));
    QCOMPARE(child<QLabel>(&page, "templateOrigin")->text(),
             NoticeSettingsPage::tr("Default text"));
    QVERIFY(!child<QPushButton>(&page, "resetTemplate")->isEnabled());
    QVERIFY(child<QLabel>(&page, "placeholders")->text().contains(QLatin1String("{new_time}")));

    // Without a phone or email the messages give no way to reach the company: said plainly.
    QVERIFY(child<QLabel>(&page, "noContact")->isVisible());
    // The company line typed on the page shows in the preview at once.
    child<QLineEdit>(&page, "companyPhone")->setText(QStringLiteral("030 999 00 11"));
    text->setPlainText(QStringLiteral("Hello {customer_name}, snow. Call {company_phone}. "
                                      "{next_step} {mood}"));
    QVERIFY(!child<QLabel>(&page, "noContact")->isVisible());
    QCOMPARE(page.previewText().left(47),
             QStringLiteral("Hello Anna de Vries, snow. Call 030 999 00 11. "));
    // The next step: a new time is known for the sample, so it is named.
    const QString nextStep = page.previewText().mid(47);
    QVERIFY2(nextStep.contains(QLatin1String("13:30")), qPrintable(nextStep));
    QVERIFY(nextStep.endsWith(QLatin1String(" {mood}")));
    QVERIFY(child<QLabel>(&page, "unknownPlaceholders")->isVisible());
    QVERIFY(child<QLabel>(&page, "unknownPlaceholders")->text().contains(QLatin1String("{mood}")));
    QCOMPARE(child<QLabel>(&page, "templateOrigin")->text(),
             NoticeSettingsPage::tr("Your own text"));
    QVERIFY(child<QPushButton>(&page, "resetTemplate")->isEnabled());

    // Nothing is stored before apply().
    QVERIFY(!NoticeTemplates::isOverridden(kindKey(IncidentKind::Snow), QStringLiteral("en")));
    QVERIFY(CompanyContact::fromSettings().phone.isEmpty());
    QString error;
    QVERIFY2(page.apply(&error), qPrintable(error));
    QVERIFY(NoticeTemplates::isOverridden(kindKey(IncidentKind::Snow), QStringLiteral("en")));
    QCOMPARE(NoticeTemplates::text(kindKey(IncidentKind::Snow), QStringLiteral("en")),
             text->toPlainText());
    QVERIFY(!NoticeTemplates::isOverridden(kindKey(IncidentKind::Snow), QStringLiteral("nl")));
    QCOMPARE(CompanyContact::fromSettings().phone, QStringLiteral("030 999 00 11"));
    QVERIFY(!page.gatewayChanged());
    // The secret never lands in the settings file.
    for (const QString &key : QSettings().allKeys())
        QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(key));

    // The message the composer renders now is the preview's.
    NoticeRenderer::Values v;
    v.customerName = QStringLiteral("Anna de Vries");
    v.company = CompanyContact::fromSettings();
    QVERIFY(NoticeRenderer::render(IncidentKind::Snow, QStringLiteral("en"), v)
                .startsWith(QLatin1String("Hello Anna de Vries, snow. Call 030 999 00 11. ")));
}

void TestNoticeSettings::resetGoesBackToTheDefault()
{
    const QString ice = kindKey(IncidentKind::Ice);
    NoticeTemplates::setOverride(ice, QStringLiteral("nl"),
                                 QStringLiteral("Eigen tekst {customer_name}"));
    NoticeSettingsPage page;
    page.showTemplate(ice, QStringLiteral("nl"));
    QCOMPARE(page.templateEditor()->toPlainText(), QStringLiteral("Eigen tekst {customer_name}"));
    QCOMPARE(page.previewText(), QStringLiteral("Eigen tekst Anna de Vries"));
    child<QPushButton>(&page, "resetTemplate")->click();
    const QString defaultText = NoticeTemplates::defaultText(ice, QStringLiteral("nl"));
    QCOMPARE(page.templateEditor()->toPlainText(), defaultText);
    QVERIFY(page.previewText().startsWith(QLatin1String("Beste Anna de Vries")));
    QVERIFY(!child<QPushButton>(&page, "resetTemplate")->isEnabled());
    // Still stored until apply; then the override is gone.
    QVERIFY(NoticeTemplates::isOverridden(ice, QStringLiteral("nl")));
    QString error;
    QVERIFY(page.apply(&error));
    QVERIFY(!NoticeTemplates::isOverridden(ice, QStringLiteral("nl")));
}

void TestNoticeSettings::editsOfSeveralTemplatesAreKept()
{
    NoticeSettingsPage page;
    auto *id = child<QComboBox>(&page, "templateId");
    auto *language = child<QComboBox>(&page, "templateLanguage");
    page.showTemplate(kindKey(IncidentKind::Storm), QStringLiteral("nl"));
    page.templateEditor()->setPlainText(QStringLiteral("Storm NL {customer_name}"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QCOMPARE(page.templateEditor()->toPlainText(),
             NoticeTemplates::defaultText(kindKey(IncidentKind::Storm), QStringLiteral("en")));
    page.templateEditor()->setPlainText(QStringLiteral("Storm EN {customer_name}"));
    // The next-step sentence is previewed inside a message; the appointment one
    // is shown when no new time is known.
    id->setCurrentIndex(id->findData(NoticeTemplates::nextStepNewAppointmentId()));
    page.templateEditor()->setPlainText(QStringLiteral("Call us for a new date."));
    QVERIFY2(page.previewText().contains(QLatin1String("Call us for a new date.")),
             qPrintable(page.previewText()));
    id->setCurrentIndex(id->findData(kindKey(IncidentKind::Storm)));
    QCOMPARE(page.templateEditor()->toPlainText(), QStringLiteral("Storm EN {customer_name}"));
    language->setCurrentIndex(language->findData(QStringLiteral("nl")));
    QCOMPARE(page.templateEditor()->toPlainText(), QStringLiteral("Storm NL {customer_name}"));
    QCOMPARE(page.previewText(), QStringLiteral("Storm NL Anna de Vries"));
    QString error;
    QVERIFY(page.apply(&error));
    QCOMPARE(NoticeTemplates::text(kindKey(IncidentKind::Storm), QStringLiteral("en")),
             QStringLiteral("Storm EN {customer_name}"));
    QCOMPARE(NoticeTemplates::text(kindKey(IncidentKind::Storm), QStringLiteral("nl")),
             QStringLiteral("Storm NL {customer_name}"));
    QCOMPARE(
        NoticeTemplates::text(NoticeTemplates::nextStepNewAppointmentId(), QStringLiteral("en")),
        QStringLiteral("Call us for a new date."));
    QVERIFY(!NoticeTemplates::isOverridden(kindKey(IncidentKind::Ice), QStringLiteral("en")));
}

void TestNoticeSettings::previewForARealCustomer()
{
    NoticeSettingsPage page;
    const QTimeZone &zone = TimeFormat::companyZone();
    NoticeRenderer::Values v;
    v.customerName = QStringLiteral("Kees Visser");
    v.windowStart = QDateTime(QDate(2026, 12, 1), QTime(9, 0), zone).toMSecsSinceEpoch();
    v.windowEnd = QDateTime(QDate(2026, 12, 1), QTime(11, 0), zone).toMSecsSinceEpoch();
    page.setPreviewCustomer(v, QStringLiteral("nl"), IncidentKind::WrongProduct);
    QCOMPARE(child<QComboBox>(&page, "templateId")->currentData().toString(),
             kindKey(IncidentKind::WrongProduct));
    NoticeRenderer::Values expected = v;
    expected.company = CompanyContact::fromSettings();
    QCOMPARE(page.previewText(),
             NoticeRenderer::render(IncidentKind::WrongProduct, QStringLiteral("nl"), expected));
    QVERIFY(
        page.previewText().contains(QLatin1String("dinsdag 1 december, tussen 09:00 en 11:00")));
    QVERIFY(child<QLabel>(&page, "previewFor")->text().contains(QLatin1String("Kees Visser")));
}

void TestNoticeSettings::gatewayAddressIsChecked_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty: no gateway") << QString() << true;
    QTest::newRow("https") << QStringLiteral("https://gateway.example.nl/notices") << true;
    QTest::newRow("http to loopback") << QStringLiteral("http://127.0.0.1:8080/n") << true;
    QTest::newRow("http to localhost") << QStringLiteral("http://localhost:8080/n") << true;
    QTest::newRow("plain http elsewhere") << QStringLiteral("http://gateway.example.nl/n") << false;
    QTest::newRow("not a url") << QStringLiteral("gateway") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://gateway.example.nl/") << false;
}

void TestNoticeSettings::gatewayAddressIsChecked()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    NoticeSettingsPage page;
    page.show();
    child<QLineEdit>(&page, "gatewayUrl")->setText(url);
    QCOMPARE(page.problem().isEmpty(), accepted);
    QVERIFY(!child<QLabel>(&page, "gatewayCheck")->text().isEmpty());
    if (!accepted)
        return;
    QString error;
    QVERIFY(page.apply(&error));
    QCOMPARE(QSettings().value(GatewayConfig::urlSettingsKey()).toString(), url);
    QCOMPARE(page.gatewayChanged(), !url.isEmpty());
    // The secret's place is said plainly: stored in the keychain, not yet, or
    // why the keychain cannot be used (asked without blocking the page).
    auto *state = child<QLabel>(&page, "secretState");
    QTRY_VERIFY_WITH_TIMEOUT(!state->text().startsWith(QLatin1String("Looking")), 8000);
    QVERIFY2(state->text().contains(QLatin1String("keychain"), Qt::CaseInsensitive),
             qPrintable(state->text()));
}

void TestNoticeSettings::settingsDialogHasTheNoticesPage()
{
    SettingsDialog dialog(QStringLiteral("/tmp/voorzet-test.sqlite"));
    QVERIFY(dialog.noticesPage());
    child<QLineEdit>(dialog.noticesPage(), "gatewayUrl")
        ->setText(QStringLiteral("http://gateway.example.nl/"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // refused: not https
    QVERIFY(QSettings().value(GatewayConfig::urlSettingsKey()).toString().isEmpty());
    child<QLineEdit>(dialog.noticesPage(), "gatewayUrl")
        ->setText(QStringLiteral("https://gateway.example.nl/"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.noticesChanged());
    QCOMPARE(QSettings().value(GatewayConfig::urlSettingsKey()).toString(),
             QStringLiteral("https://gateway.example.nl/"));
}

QTEST_MAIN(TestNoticeSettings)
#include "tst_noticesettings.moc"
