#include "settingsdialog.h"

#include "preferences.h"

#include "notices/noticesettingspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QWidget *withButton(QLineEdit *edit, QPushButton *button)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

QLabel *hint(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(const QString &defaultDatabase, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_database(new QLineEdit(this))
    , m_feed(new QLineEdit(this))
    , m_noContact(new QSpinBox(this))
    , m_userName(new QLineEdit(this))
    , m_lateTolerance(new QSpinBox(this))
    , m_early(new QComboBox(this))
    , m_notify(new QCheckBox(this))
    , m_tileUrl(new QLineEdit(this))
    , m_tileAttribution(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_notices(new NoticeSettingsPage(this))
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(560);

    // Language names are written in their own language, as users look for them.
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Preferences::language())));

    m_database->setText(QDir::toNativeSeparators(Preferences::databasePath()));
    m_database->setPlaceholderText(QDir::toNativeSeparators(defaultDatabase));
    m_database->setClearButtonEnabled(true);
    auto *browseDb = new QPushButton(tr("&Browse…"), this);
    connect(browseDb, &QPushButton::clicked, this, &SettingsDialog::browseDatabase);

    m_feed->setText(Preferences::feedSource());
    m_feed->setPlaceholderText(tr("ws://host:port/feed or a file"));
    m_feed->setClearButtonEnabled(true);
    auto *browseFeed = new QPushButton(tr("Br&owse…"), this);
    connect(browseFeed, &QPushButton::clicked, this, &SettingsDialog::browseFeed);

    m_noContact->setRange(2, 240);
    m_noContact->setSuffix(tr(" min"));
    m_noContact->setValue(Preferences::noContactMinutes());

    m_userName->setText(Preferences::userName());
    m_userName->setPlaceholderText(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    m_userName->setClearButtonEnabled(true);

    m_lateTolerance->setRange(0, 120);
    m_lateTolerance->setSuffix(tr(" min"));
    m_lateTolerance->setValue(Preferences::lateToleranceMinutes());
    m_early->addItem(tr("Waits until the window opens"), true);
    m_early->addItem(tr("Calls ahead and is let in"), false);
    m_early->setCurrentIndex(Preferences::crewsWaitForWindow() ? 0 : 1);
    m_notify->setText(tr("Show severe alerts as a desktop notification"));
    m_notify->setChecked(Preferences::notifySevereAlerts());

    m_tileUrl->setText(Preferences::tileUrl());
    m_tileUrl->setPlaceholderText(QStringLiteral("https://tile.example.org/{z}/{x}/{y}.png"));
    m_tileUrl->setClearButtonEnabled(true);
    m_tileAttribution->setText(Preferences::tileAttribution());
    m_tileAttribution->setPlaceholderText(tr("© OpenStreetMap contributors"));

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(tr("Your &name:"), m_userName);
    generalForm->addRow(QString(), hint(tr("Written with what you acknowledge, resolve or "
                                           "change, for the audit log.")));

    auto *store = new QGroupBox(tr("Database"), this);
    auto *storeForm = new QFormLayout(store);
    storeForm->addRow(tr("&SQLite file:"), withButton(m_database, browseDb));
    storeForm->addRow(QString(), hint(tr("Leave empty to use the default file. A new database "
                                         "is opened at the next start.")));

    auto *feed = new QGroupBox(tr("Live feed"), this);
    auto *feedForm = new QFormLayout(feed);
    feedForm->addRow(tr("&Source:"), withButton(m_feed, browseFeed));
    feedForm->addRow(QString(), hint(tr("A WebSocket address (ws:// or wss://) or a feed file, "
                                        "which is followed as it grows. Leave empty to follow "
                                        "nothing.")));

    auto *alerts = new QGroupBox(tr("Alerts and arrival times"), this);
    auto *alertsForm = new QFormLayout(alerts);
    alertsForm->addRow(tr("&No contact after:"), m_noContact);
    alertsForm->addRow(tr("&Late when the ETA is past the window by:"), m_lateTolerance);
    alertsForm->addRow(tr("A crew that is &early:"), m_early);
    alertsForm->addRow(QString(), m_notify);

    auto *map = new QGroupBox(tr("Map"), this);
    auto *mapForm = new QFormLayout(map);
    mapForm->addRow(tr("&Tile server:"), m_tileUrl);
    mapForm->addRow(tr("&Attribution:"), m_tileAttribution);
    mapForm->addRow(QString(), hint(tr("An OpenStreetMap-style address with {z}, {x} and {y}. "
                                       "Leave empty to use the offline map of the Netherlands, "
                                       "which needs no internet.")));

    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *generalPage = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(generalPage);
    generalLayout->addWidget(general);
    generalLayout->addWidget(store);
    generalLayout->addWidget(feed);
    generalLayout->addWidget(alerts);
    generalLayout->addWidget(map);
    generalLayout->addStretch();
    auto *pages = new QTabWidget(this);
    // Each page scrolls rather than squeezing its fields on a small screen.
    for (QWidget *page : {generalPage, static_cast<QWidget *>(m_notices)}) {
        auto *scroll = new QScrollArea(pages);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        pages->addTab(scroll, page == generalPage ? tr("General") : tr("Notices"));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    const QRect screen = this->screen()->availableGeometry();
    resize(qMin(820, screen.width() - 40), qMin(generalPage->sizeHint().height() + 120,
                                                 screen.height() - 80));
}

void SettingsDialog::browseDatabase()
{
    const QString current = m_database->text().isEmpty() ? m_database->placeholderText()
                                                          : m_database->text();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Choose the database"), current, tr("SQLite databases (*.sqlite *.db);;All files (*)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_database->setText(QDir::toNativeSeparators(path));
}

void SettingsDialog::browseFeed()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a feed file"), m_feed->text(),
        tr("Feed files (*.jsonl *.ndjson *.json);;All files (*)"));
    if (!path.isEmpty())
        m_feed->setText(QDir::toNativeSeparators(path));
}

bool SettingsDialog::validate()
{
    QString problem;
    const QString feed = m_feed->text().trimmed();
    if (feed.startsWith(QLatin1String("ws://")) || feed.startsWith(QLatin1String("wss://"))) {
        const QUrl url(feed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            problem = tr("The feed address \"%1\" is not a valid WebSocket address.").arg(feed);
    } else if (!feed.isEmpty() && !QFileInfo(QDir::fromNativeSeparators(feed)).isFile()) {
        problem = tr("The feed file \"%1\" does not exist.").arg(feed);
    }
    const QString tiles = m_tileUrl->text().trimmed();
    if (problem.isEmpty() && !tiles.isEmpty()) {
        const QUrl url(tiles);
        const bool placeholders = tiles.contains(QLatin1String("{z}")) &&
                                  tiles.contains(QLatin1String("{x}")) &&
                                  tiles.contains(QLatin1String("{y}"));
        if (!placeholders || !url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            problem = tr("The tile server \"%1\" is not an http(s) address with {z}, {x} and {y}.")
                          .arg(tiles);
    }
    const QString db = QDir::fromNativeSeparators(m_database->text().trimmed());
    if (problem.isEmpty() && !db.isEmpty() && !QFileInfo(db).absoluteDir().exists())
        problem = tr("The folder of the database \"%1\" does not exist.")
                      .arg(QDir::toNativeSeparators(db));
    if (problem.isEmpty())
        problem = m_notices->problem();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

void SettingsDialog::accept()
{
    if (!validate())
        return;
    QString noticesError;
    if (!m_notices->apply(&noticesError)) {
        m_error->setText(noticesError);
        m_error->show();
        return;
    }
    m_noticesChanged = m_notices->gatewayChanged();
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != Preferences::language();
    Preferences::setLanguage(language);

    const QString db = QDir::fromNativeSeparators(m_database->text().trimmed());
    m_databaseChanged = db != Preferences::databasePath();
    Preferences::setDatabasePath(db);

    const QString feed = m_feed->text().trimmed();
    const QString feedValue = feed.contains(QLatin1String("://")) ? feed
                                                                  : QDir::fromNativeSeparators(feed);
    m_feedChanged = feedValue != Preferences::feedSource();
    Preferences::setFeedSource(feedValue);

    const QString tiles = m_tileUrl->text().trimmed();
    const QString attribution = m_tileAttribution->text().trimmed();
    m_mapChanged = tiles != Preferences::tileUrl() || attribution != Preferences::tileAttribution();
    Preferences::setTileUrl(tiles);
    Preferences::setTileAttribution(attribution);

    Preferences::setUserName(m_userName->text());
    const bool wait = m_early->currentData().toBool();
    m_rulesChanged = m_noContact->value() != Preferences::noContactMinutes() ||
                     m_lateTolerance->value() != Preferences::lateToleranceMinutes() ||
                     wait != Preferences::crewsWaitForWindow() ||
                     m_notify->isChecked() != Preferences::notifySevereAlerts();
    Preferences::setNoContactMinutes(m_noContact->value());
    Preferences::setLateToleranceMinutes(m_lateTolerance->value());
    Preferences::setCrewsWaitForWindow(wait);
    Preferences::setNotifySevereAlerts(m_notify->isChecked());
    QDialog::accept();
}
