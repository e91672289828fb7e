#include "noticesettingspage.h"

#include "core/timeformat.h"
#include "notices/gatewayconfig.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Notices;

namespace {

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString keyOf(const QString &id, const QString &language)
{
    return language + QLatin1Char('/') + id;
}

// A customer to show the templates with when no real one is given: today,
// a morning window, and a new time in the early afternoon.
NoticeRenderer::Values sampleValues()
{
    const QTimeZone &zone = TimeFormat::companyZone();
    const QDate today = QDateTime::currentDateTime().toTimeZone(zone).date();
    auto at = [&](int h, int m) { return QDateTime(today, QTime(h, m), zone).toMSecsSinceEpoch(); };
    NoticeRenderer::Values v;
    v.customerName = QStringLiteral("Anna de Vries");
    v.windowStart = at(10, 0);
    v.windowEnd = at(12, 0);
    v.newTimeLow = at(13, 30);
    v.newTimeHigh = at(14, 30);
    return v;
}

} // namespace

NoticeSettingsPage::NoticeSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_sample(sampleValues())
{
    setObjectName(QStringLiteral("NoticeSettingsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createGateway());
    layout->addWidget(createCompany());
    layout->addWidget(createTemplates(), 1);
    updateGatewayCheck();
    loadTemplate();
}

QWidget *NoticeSettingsPage::createGateway()
{
    auto *box = new QGroupBox(tr("Customer-messaging gateway"), this);
    auto *form = new QFormLayout(box);
    m_url = new QLineEdit(QSettings().value(GatewayConfig::urlSettingsKey()).toString(), box);
    m_url->setObjectName(QStringLiteral("gatewayUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://gateway.example.nl/notices"));
    m_url->setClearButtonEnabled(true);
    m_urlCheck = new QLabel(box);
    m_urlCheck->setObjectName(QStringLiteral("gatewayCheck"));
    m_urlCheck->setWordWrap(true);
    connect(m_url, &QLineEdit::textChanged, this, &NoticeSettingsPage::updateGatewayCheck);

    m_secret = new QLineEdit(box);
    m_secret->setObjectName(QStringLiteral("gatewaySecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    auto *secretState = new QLabel(box);
    secretState->setObjectName(QStringLiteral("secretState"));
    secretState->setWordWrap(true);
    if (GatewayConfig::keychainAvailable()) {
        m_secret->setPlaceholderText(tr("Type the secret to store it"));
        secretState->setText(tr("Looking in the system keychain…"));
        // Asked without blocking: without a running keychain service the answer
        // may take seconds, or never come.
        GatewayConfig::probeSecret(
            secretState, [this, secretState](bool stored, const QString &error) {
                QString color = QStringLiteral("#2e7d32");
                if (!error.isEmpty()) {
                    secretState->setText(
                        tr("Keychain unavailable (%1): the secret cannot be stored here. Start "
                           "Voorzet with VOORZET_GATEWAY_SECRET set instead.")
                            .arg(error));
                    color = QStringLiteral("#c62828");
                } else if (stored) {
                    secretState->setText(tr("✓ A secret is stored in the system keychain (never "
                                            "in the settings file). Leave this empty to keep "
                                            "it."));
                    m_secret->setPlaceholderText(tr("Stored in the keychain"));
                } else {
                    secretState->setText(tr("No secret is stored yet. The one you type is kept "
                                            "in the system keychain, never in the settings "
                                            "file."));
                    color = QStringLiteral("#ef6c00");
                }
                secretState->setStyleSheet(QStringLiteral("color: %1").arg(color));
            });
    } else {
        m_secret->setEnabled(false);
        m_secret->setPlaceholderText(tr("Keychain unavailable"));
        secretState->setText(tr("Keychain unavailable: this build cannot store the secret. "
                                "Start Voorzet with VOORZET_GATEWAY_SECRET set instead."));
        secretState->setStyleSheet(QStringLiteral("color: #c62828"));
    }

    form->addRow(tr("Gateway &address:"), m_url);
    form->addRow(QString(), m_urlCheck);
    form->addRow(tr("&Secret:"), m_secret);
    form->addRow(QString(), secretState);
    QStringList fromEnvironment;
    if (qEnvironmentVariableIsSet("VOORZET_GATEWAY_URL"))
        fromEnvironment << QStringLiteral("VOORZET_GATEWAY_URL");
    if (qEnvironmentVariableIsSet("VOORZET_GATEWAY_SECRET"))
        fromEnvironment << QStringLiteral("VOORZET_GATEWAY_SECRET");
    if (!fromEnvironment.isEmpty())
        form->addRow(QString(), hint(tr("%1 is set in the environment and wins over these "
                                        "settings.")
                                         .arg(fromEnvironment.join(QLatin1String(", "))),
                                     box));
    return box;
}

QWidget *NoticeSettingsPage::createCompany()
{
    const CompanyContact contact = CompanyContact::fromSettings();
    auto *box = new QGroupBox(tr("How customers reach you"), this);
    auto *form = new QFormLayout(box);
    m_companyName = new QLineEdit(contact.name, box);
    m_companyName->setPlaceholderText(tr("Uw bezorgteam / Your delivery team"));
    m_companyPhone = new QLineEdit(contact.phone, box);
    m_companyPhone->setPlaceholderText(QStringLiteral("030 123 45 67"));
    m_companyEmail = new QLineEdit(contact.email, box);
    m_companyEmail->setPlaceholderText(QStringLiteral("klantenservice@example.nl"));
    m_companyName->setObjectName(QStringLiteral("companyName"));
    m_companyPhone->setObjectName(QStringLiteral("companyPhone"));
    m_companyEmail->setObjectName(QStringLiteral("companyEmail"));
    for (QLineEdit *e : {m_companyName, m_companyPhone, m_companyEmail})
        connect(e, &QLineEdit::textChanged, this, &NoticeSettingsPage::updatePreview);
    form->addRow(tr("Company &name:"), m_companyName);
    form->addRow(tr("&Phone:"), m_companyPhone);
    form->addRow(tr("&Email:"), m_companyEmail);
    m_noContact = new QLabel(tr("The messages name neither a phone number nor an email "
                                "address: fill in at least one."),
                             box);
    m_noContact->setObjectName(QStringLiteral("noContact"));
    m_noContact->setWordWrap(true);
    m_noContact->setStyleSheet(QStringLiteral("color: #c62828"));
    form->addRow(QString(), m_noContact);
    return box;
}

QWidget *NoticeSettingsPage::createTemplates()
{
    auto *box = new QGroupBox(tr("Message templates"), this);
    m_template = new QComboBox(box);
    m_template->setObjectName(QStringLiteral("templateId"));
    for (IncidentKind kind : allKinds())
        m_template->addItem(kindText(kind), kindKey(kind));
    m_template->addItem(tr("Next step: a new expected time"), NoticeTemplates::nextStepNewTimeId());
    m_template->addItem(tr("Next step: a new appointment"),
                        NoticeTemplates::nextStepNewAppointmentId());
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    // Language names in their own language, as users look for them.
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_reset = new QPushButton(tr("Reset to default"), box);
    m_reset->setObjectName(QStringLiteral("resetTemplate"));
    m_origin = new QLabel(box);
    m_origin->setObjectName(QStringLiteral("templateOrigin"));

    m_text = new QPlainTextEdit(box);
    m_text->setObjectName(QStringLiteral("templateText"));
    m_text->setTabChangesFocus(true);
    m_unknown = new QLabel(box);
    m_unknown->setObjectName(QStringLiteral("unknownPlaceholders"));
    m_unknown->setStyleSheet(QStringLiteral("color: #c62828"));
    m_unknown->setWordWrap(true);
    QStringList names;
    for (const QString &name : NoticeRenderer::placeholders())
        names << QLatin1Char('{') + name + QLatin1Char('}');
    auto *placeholders = hint(tr("Placeholders: %1").arg(names.join(QLatin1String(", "))), box);
    placeholders->setObjectName(QStringLiteral("placeholders"));
    placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_previewFor = new QLabel(box);
    m_previewFor->setObjectName(QStringLiteral("previewFor"));
    m_preview = new QPlainTextEdit(box);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setReadOnly(true);
    m_preview->setBackgroundRole(QPalette::AlternateBase);

    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        keepEdit();
        loadTemplate();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        keepEdit();
        loadTemplate();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        keepEdit();
        updatePreview();
    });
    connect(m_reset, &QPushButton::clicked, this, &NoticeSettingsPage::resetTemplate);

    auto *pick = new QHBoxLayout;
    pick->addWidget(m_template, 1);
    pick->addWidget(m_language);
    pick->addWidget(m_reset);
    auto *editor = new QWidget(box);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_origin);
    editorLayout->addWidget(m_text, 1);
    editorLayout->addWidget(m_unknown);
    editorLayout->addWidget(placeholders);
    auto *preview = new QWidget(box);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewFor);
    previewLayout->addWidget(m_preview, 1);
    auto *split = new QSplitter(Qt::Horizontal, box);
    split->addWidget(editor);
    split->addWidget(preview);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(pick);
    layout->addWidget(split, 1);
    return box;
}

void NoticeSettingsPage::setPreviewCustomer(const NoticeRenderer::Values &values,
                                            const QString &language, IncidentKind kind)
{
    m_sample = values;
    m_sampleLanguage = NoticeTemplates::normalisedLanguage(language);
    m_sampleKind = kind;
    m_realCustomer = true;
    showTemplate(kindKey(kind), m_sampleLanguage);
    updatePreview();
}

void NoticeSettingsPage::showTemplate(const QString &id, const QString &language)
{
    const int lang = m_language->findData(NoticeTemplates::normalisedLanguage(language));
    const int index = m_template->findData(id);
    if (index >= 0)
        m_template->setCurrentIndex(index);
    if (lang >= 0)
        m_language->setCurrentIndex(lang);
}

QString NoticeSettingsPage::currentId() const
{
    return m_template->currentData().toString();
}

QString NoticeSettingsPage::currentLanguage() const
{
    return m_language->currentData().toString();
}

QString NoticeSettingsPage::textOf(const QString &id, const QString &language) const
{
    const auto it = m_texts.constFind(keyOf(id, language));
    return it != m_texts.constEnd() ? *it : NoticeTemplates::text(id, language);
}

void NoticeSettingsPage::keepEdit()
{
    if (m_shownKey.isEmpty())
        return;
    m_texts.insert(m_shownKey, m_text->toPlainText());
}

void NoticeSettingsPage::loadTemplate()
{
    const QString id = currentId();
    const QString language = currentLanguage();
    m_shownKey.clear(); // setPlainText below is not an edit
    m_text->setPlainText(textOf(id, language));
    m_shownKey = keyOf(id, language);
    updatePreview();
}

void NoticeSettingsPage::resetTemplate()
{
    m_text->setPlainText(NoticeTemplates::defaultText(currentId(), currentLanguage()));
}

void NoticeSettingsPage::updateGatewayCheck()
{
    const QString text = m_url->text().trimmed();
    QString message;
    QString color = QStringLiteral("#2e7d32");
    if (text.isEmpty()) {
        message = tr("No gateway: messages are kept in the outbox until one is set here.");
        color = QStringLiteral("#ef6c00");
    } else if (const QString why = GatewayConfig::checkUrl(QUrl(text)); !why.isEmpty()) {
        message = why;
        color = QStringLiteral("#c62828");
    } else {
        message = tr("Messages are posted to this address, signed with the secret.");
    }
    m_urlCheck->setText(message);
    m_urlCheck->setStyleSheet(QStringLiteral("color: %1").arg(color));
}

void NoticeSettingsPage::updatePreview()
{
    if (!m_preview)
        return;
    const QString id = currentId();
    const QString language = currentLanguage();
    const QString text = m_text->toPlainText();

    m_noContact->setVisible(m_companyPhone->text().trimmed().isEmpty() &&
                            m_companyEmail->text().trimmed().isEmpty());
    const QString defaultText = NoticeTemplates::defaultText(id, language);
    m_origin->setText(text == defaultText ? tr("Default text") : tr("Your own text"));
    m_reset->setEnabled(text != defaultText);
    const QStringList unknown = NoticeRenderer::unknownPlaceholders(text);
    m_unknown->setVisible(!unknown.isEmpty());
    if (!unknown.isEmpty())
        m_unknown->setText(
            tr("Unknown placeholders stay in the message as they are: %1")
                .arg(QLatin1Char('{') + unknown.join(QLatin1String("}, {")) + QLatin1Char('}')));

    // A next-step sentence is shown inside a message of the sample's kind; the
    // renderer picks the sentence from whether a new time is known.
    IncidentKind kind = kindFromKey(id).value_or(m_sampleKind);
    NoticeRenderer::Values v = m_sample;
    v.company = {m_companyName->text().trimmed(), m_companyPhone->text().trimmed(),
                 m_companyEmail->text().trimmed()};
    if (id == NoticeTemplates::nextStepNewAppointmentId() || kind == IncidentKind::WrongProduct)
        v.newTimeLow = v.newTimeHigh = 0;
    if (id == NoticeTemplates::nextStepNewTimeId() && kind == IncidentKind::WrongProduct)
        kind = IncidentKind::Breakdown;
    m_preview->setPlainText(
        NoticeRenderer::render(kind, language, v, [this](const QString &tid, const QString &tlang) {
            return textOf(tid, tlang);
        }));
    m_previewFor->setText(
        m_realCustomer
            ? tr("What %1 gets (%2):").arg(v.customerName, kindText(kind))
            : tr("What a customer gets, for example %1 (%2):").arg(v.customerName, kindText(kind)));
}

QString NoticeSettingsPage::previewText() const
{
    return m_preview->toPlainText();
}

QString NoticeSettingsPage::problem() const
{
    const QString url = m_url->text().trimmed();
    if (url.isEmpty())
        return {};
    const QString why = GatewayConfig::checkUrl(QUrl(url));
    return why.isEmpty() ? QString() : tr("Notices: %1").arg(why);
}

bool NoticeSettingsPage::apply(QString *error)
{
    m_gatewayChanged = false;
    // The secret first: when the keychain refuses it, nothing else is written.
    const QByteArray secret = m_secret->text().toUtf8();
    if (!secret.isEmpty()) {
        QString why;
        if (!GatewayConfig::saveSecret(secret, &why)) {
            if (error)
                *error = tr("The gateway secret could not be stored in the system keychain: %1")
                             .arg(why);
            return false;
        }
        m_secret->clear();
        m_gatewayChanged = true;
    }
    const QString url = m_url->text().trimmed();
    if (url != QSettings().value(GatewayConfig::urlSettingsKey()).toString()) {
        GatewayConfig::saveUrl(QUrl(url));
        m_gatewayChanged = true;
    }
    CompanyContact::save({m_companyName->text().trimmed(), m_companyPhone->text().trimmed(),
                          m_companyEmail->text().trimmed()});
    keepEdit();
    for (auto it = m_texts.constBegin(); it != m_texts.constEnd(); ++it) {
        const qsizetype slash = it.key().indexOf(QLatin1Char('/'));
        NoticeTemplates::setOverride(it.key().mid(slash + 1), it.key().left(slash), it.value());
    }
    return true;
}
