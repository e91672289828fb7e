#pragma once

#include "notices/incident.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>

// The message templates: one per incident kind and language (nl, en), plus
// the two sentences for what happens next (a new expected time, or the offer
// of a new appointment). The defaults are resources (:/notices/<lang>/<id>.txt);
// a user's own text in the settings takes precedence.
//
// Placeholders: {customer_name}, {promised_window}, {next_step}, {new_time},
// {company_name}, {company_phone}, {company_email}.
class NoticeTemplates
{
public:
    static const QStringList &languages();                      // nl, en
    static QString normalisedLanguage(const QString &language); // anything else is nl
    static QString nextStepNewTimeId();
    static QString nextStepNewAppointmentId();
    static QStringList templateIds(); // every kind key, then the two next-step ids

    // The resource text, whatever the settings say.
    static QString defaultText(const QString &id, const QString &language);
    // The text in use: the settings' override when there is one, else the default.
    static QString text(const QString &id, const QString &language);
    static bool isOverridden(const QString &id, const QString &language);
    // Stores the user's own text; an empty text or the default removes the override.
    static void setOverride(const QString &id, const QString &language, const QString &text);
    static QString settingsKey(const QString &id, const QString &language);
};

// How to reach the company, as the messages show it (from the settings).
struct CompanyContact
{
    QString name;
    QString phone;
    QString email;

    static CompanyContact fromSettings();
    static void save(const CompanyContact &contact);
};

// Fills a template for one customer, with dates and times in the customer's
// language: "dinsdag 1 december, tussen 10:00 en 12:00" or "Tuesday
// 1 December, between 10:00 and 12:00", in the company's time zone.
class NoticeRenderer
{
public:
    struct Values
    {
        QString customerName;
        qint64 windowStart = 0;
        qint64 windowEnd = 0;
        qint64 newTimeLow = 0; // the new expected time (a band, or low == high); 0 = unknown
        qint64 newTimeHigh = 0;
        CompanyContact company;
    };

    static QString formatWindow(qint64 start, qint64 end, const QString &language);
    static QString formatNewTime(qint64 low, qint64 high, const QString &language);
    // Replaces {name} placeholders from `values`; unknown ones stay as they are.
    static QString fill(const QString &text, const QHash<QString, QString> &values);
    static QString render(Notices::IncidentKind kind, const QString &language, const Values &v);
    // The same with the template texts from `textOf(id, language)`: the
    // settings' preview renders texts that are not saved yet.
    using TextSource = std::function<QString(const QString &id, const QString &language)>;
    static QString render(Notices::IncidentKind kind, const QString &language, const Values &v,
                          const TextSource &textOf);
    static QStringList placeholders(); // every placeholder the renderer fills
    // The placeholders a text uses that the renderer does not know.
    static QStringList unknownPlaceholders(const QString &text);
};
