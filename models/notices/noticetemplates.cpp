#include "noticetemplates.h"

#include "core/timeformat.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTimeZone>

namespace {

const QStringList &knownPlaceholders()
{
    static const QStringList names = {
        QStringLiteral("customer_name"), QStringLiteral("promised_window"),
        QStringLiteral("next_step"),     QStringLiteral("new_time"),
        QStringLiteral("company_name"),  QStringLiteral("company_phone"),
        QStringLiteral("company_email"),
    };
    return names;
}

QLocale localeOf(const QString &language)
{
    return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::Dutch, QLocale::Netherlands);
}

QDateTime local(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, TimeFormat::companyZone());
}

QString clock(qint64 ms)
{
    return local(ms).time().toString(QStringLiteral("HH:mm"));
}

} // namespace

const QStringList &NoticeTemplates::languages()
{
    static const QStringList list = {QStringLiteral("nl"), QStringLiteral("en")};
    return list;
}

QString NoticeTemplates::normalisedLanguage(const QString &language)
{
    const QString l = language.trimmed().toLower().left(2);
    return l == QLatin1String("en") ? l : QStringLiteral("nl");
}

QString NoticeTemplates::nextStepNewTimeId()
{
    return QStringLiteral("next_step_new_time");
}

QString NoticeTemplates::nextStepNewAppointmentId()
{
    return QStringLiteral("next_step_new_appointment");
}

QStringList NoticeTemplates::templateIds()
{
    QStringList ids;
    for (Notices::IncidentKind k : Notices::allKinds())
        ids.append(Notices::kindKey(k));
    ids << nextStepNewTimeId() << nextStepNewAppointmentId();
    return ids;
}

QString NoticeTemplates::defaultText(const QString &id, const QString &language)
{
    QFile file(QStringLiteral(":/notices/%1/%2.txt").arg(normalisedLanguage(language), id));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

QString NoticeTemplates::settingsKey(const QString &id, const QString &language)
{
    return QStringLiteral("notices/templates/%1/%2").arg(normalisedLanguage(language), id);
}

QString NoticeTemplates::text(const QString &id, const QString &language)
{
    const QString own = QSettings().value(settingsKey(id, language)).toString();
    return own.trimmed().isEmpty() ? defaultText(id, language) : own;
}

bool NoticeTemplates::isOverridden(const QString &id, const QString &language)
{
    return !QSettings().value(settingsKey(id, language)).toString().trimmed().isEmpty();
}

void NoticeTemplates::setOverride(const QString &id, const QString &language, const QString &text)
{
    QSettings settings;
    if (text.trimmed().isEmpty() || text == defaultText(id, language))
        settings.remove(settingsKey(id, language));
    else
        settings.setValue(settingsKey(id, language), text);
}

CompanyContact CompanyContact::fromSettings()
{
    QSettings s;
    return {s.value(QStringLiteral("company/name")).toString(),
            s.value(QStringLiteral("company/phone")).toString(),
            s.value(QStringLiteral("company/email")).toString()};
}

void CompanyContact::save(const CompanyContact &contact)
{
    QSettings s;
    s.setValue(QStringLiteral("company/name"), contact.name);
    s.setValue(QStringLiteral("company/phone"), contact.phone);
    s.setValue(QStringLiteral("company/email"), contact.email);
}

QString NoticeRenderer::formatWindow(qint64 start, qint64 end, const QString &language)
{
    const QString lang = NoticeTemplates::normalisedLanguage(language);
    const QString day = localeOf(lang).toString(local(start).date(), QStringLiteral("dddd d MMMM"));
    if (end <= start)
        return lang == QLatin1String("en") ? QStringLiteral("%1, at %2").arg(day, clock(start))
                                           : QStringLiteral("%1, om %2").arg(day, clock(start));
    return lang == QLatin1String("en")
               ? QStringLiteral("%1, between %2 and %3").arg(day, clock(start), clock(end))
               : QStringLiteral("%1, tussen %2 en %3").arg(day, clock(start), clock(end));
}

QString NoticeRenderer::formatNewTime(qint64 low, qint64 high, const QString &language)
{
    const QString lang = NoticeTemplates::normalisedLanguage(language);
    const bool en = lang == QLatin1String("en");
    // The day is always named: a delay can push the visit into the next morning.
    const QString day = localeOf(lang).toString(local(low).date(), QStringLiteral("dddd d MMMM"));
    if (high <= low)
        return en ? QStringLiteral("on %1 around %2").arg(day, clock(low))
                  : QStringLiteral("op %1 rond %2").arg(day, clock(low));
    return en ? QStringLiteral("on %1 between %2 and %3").arg(day, clock(low), clock(high))
              : QStringLiteral("op %1 tussen %2 en %3").arg(day, clock(low), clock(high));
}

QString NoticeRenderer::fill(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QString out;
    out.reserve(text.size() + 64);
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const auto v = values.constFind(m.captured(1));
        out += v == values.constEnd() ? m.captured(0) : *v;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QStringList NoticeRenderer::unknownPlaceholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QStringList out;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!knownPlaceholders().contains(name) && !out.contains(name))
            out.append(name);
    }
    return out;
}

QString NoticeRenderer::render(Notices::IncidentKind kind, const QString &language, const Values &v)
{
    return render(kind, language, v, &NoticeTemplates::text);
}

QStringList NoticeRenderer::placeholders()
{
    return knownPlaceholders();
}

QString NoticeRenderer::render(Notices::IncidentKind kind, const QString &language, const Values &v,
                               const TextSource &textOf)
{
    const QString lang = NoticeTemplates::normalisedLanguage(language);
    const bool en = lang == QLatin1String("en");
    QHash<QString, QString> values;
    values.insert(QStringLiteral("customer_name"), v.customerName);
    values.insert(QStringLiteral("promised_window"),
                  formatWindow(v.windowStart, v.windowEnd, lang));
    const QString newTime =
        v.newTimeLow > 0 ? formatNewTime(v.newTimeLow, v.newTimeHigh, lang) : QString();
    values.insert(QStringLiteral("new_time"), newTime);
    values.insert(QStringLiteral("company_name"), !v.company.name.isEmpty() ? v.company.name
                                                  : en ? QStringLiteral("Your delivery team")
                                                       : QStringLiteral("Uw bezorgteam"));
    values.insert(QStringLiteral("company_phone"), v.company.phone);
    values.insert(QStringLiteral("company_email"), v.company.email);
    const QString nextStepId = newTime.isEmpty() ? NoticeTemplates::nextStepNewAppointmentId()
                                                 : NoticeTemplates::nextStepNewTimeId();
    values.insert(QStringLiteral("next_step"), fill(textOf(nextStepId, lang), values));
    return fill(textOf(Notices::kindKey(kind), lang), values);
}
