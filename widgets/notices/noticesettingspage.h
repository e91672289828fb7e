#pragma once

#include "notices/noticetemplates.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// The "Notices" page of the settings: where the customer-messaging gateway
// is and its secret (kept in the system keychain, never in the settings
// file), how customers reach the company, and the message templates per
// incident kind and language with a live preview of exactly what a customer
// gets. Nothing is written until apply().
class NoticeSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit NoticeSettingsPage(QWidget *parent = nullptr);

    // The customer the preview is rendered for: a real one (e.g. the first
    // customer of the selected incident) instead of the built-in sample.
    void setPreviewCustomer(const NoticeRenderer::Values &values, const QString &language,
                            Notices::IncidentKind kind);

    // Selects the template being edited (an incident kind key or a next-step id).
    void showTemplate(const QString &id, const QString &language);
    QPlainTextEdit *templateEditor() const { return m_text; }
    QString previewText() const;

    // Why the page cannot be saved ("" when it can).
    QString problem() const;
    // Writes the gateway address, the secret (to the keychain, when one was
    // typed), the company's contact line and the templates. False with
    // `error` when the keychain refused the secret; nothing is written then.
    bool apply(QString *error);
    // The gateway address or secret changed in the last apply().
    bool gatewayChanged() const { return m_gatewayChanged; }

public Q_SLOTS:
    void resetTemplate();

private:
    QWidget *createGateway();
    QWidget *createCompany();
    QWidget *createTemplates();
    void keepEdit();
    void loadTemplate();
    void updateGatewayCheck();
    void updatePreview();
    QString textOf(const QString &id, const QString &language) const;
    QString currentId() const;
    QString currentLanguage() const;

    QLineEdit *m_url = nullptr;
    QLabel *m_urlCheck = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_companyName = nullptr;
    QLineEdit *m_companyPhone = nullptr;
    QLineEdit *m_companyEmail = nullptr;
    QLabel *m_noContact = nullptr;
    QComboBox *m_template = nullptr;
    QComboBox *m_language = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_origin = nullptr;
    QLabel *m_unknown = nullptr;
    QPushButton *m_reset = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_previewFor = nullptr;

    QHash<QString, QString> m_texts; // "language/id" -> text being edited
    QString m_shownKey;              // the key m_text holds
    NoticeRenderer::Values m_sample;
    QString m_sampleLanguage;
    Notices::IncidentKind m_sampleKind = Notices::IncidentKind::Breakdown;
    bool m_realCustomer = false;
    bool m_gatewayChanged = false;
};
