#include "reviewtypes.h"

#include <QCoreApplication>

namespace Reviews {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Reviews", text);
}
} // namespace

ScoreBand bandOf(int score)
{
    if (score <= 6)
        return ScoreBand::Detractor;
    if (score <= 8)
        return ScoreBand::Passive;
    return ScoreBand::Promoter;
}

bool isDetractor(int score)
{
    return score >= 0 && score <= 6;
}

QString bandKey(ScoreBand band)
{
    switch (band) {
    case ScoreBand::Detractor:
        return QStringLiteral("detractor");
    case ScoreBand::Passive:
        return QStringLiteral("passive");
    case ScoreBand::Promoter:
        return QStringLiteral("promoter");
    case ScoreBand::Any:
        break;
    }
    return {};
}

std::optional<ScoreBand> bandFromKey(const QString &key)
{
    for (ScoreBand b :
         {ScoreBand::Any, ScoreBand::Detractor, ScoreBand::Passive, ScoreBand::Promoter})
        if (bandKey(b) == key)
            return b;
    return std::nullopt;
}

QString bandText(ScoreBand band)
{
    switch (band) {
    case ScoreBand::Detractor:
        return tr("Detractor");
    case ScoreBand::Passive:
        return tr("Passive");
    case ScoreBand::Promoter:
        return tr("Promoter");
    case ScoreBand::Any:
        break;
    }
    return tr("Any score");
}

QString causeKey(Cause cause)
{
    switch (cause) {
    case Cause::Delivery:
        return QStringLiteral("delivery");
    case Cause::PlanningCommunication:
        return QStringLiteral("planning_communication");
    case Cause::Client:
        return QStringLiteral("client");
    case Cause::Unknown:
        break;
    }
    return {};
}

std::optional<Cause> causeFromKey(const QString &key)
{
    for (Cause c : {Cause::Unknown, Cause::Delivery, Cause::PlanningCommunication, Cause::Client})
        if (causeKey(c) == key)
            return c;
    return std::nullopt;
}

QString causeText(Cause cause)
{
    switch (cause) {
    case Cause::Delivery:
        return tr("Delivery");
    case Cause::PlanningCommunication:
        return tr("Planning and communication");
    case Cause::Client:
        return tr("Client");
    case Cause::Unknown:
        break;
    }
    return tr("Not set");
}

QString caseStateKey(CaseState state)
{
    switch (state) {
    case CaseState::Open:
        return QStringLiteral("open");
    case CaseState::Contacted:
        return QStringLiteral("contacted");
    case CaseState::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

std::optional<CaseState> caseStateFromKey(const QString &key)
{
    for (CaseState s : {CaseState::Open, CaseState::Contacted, CaseState::Resolved})
        if (caseStateKey(s) == key)
            return s;
    return std::nullopt;
}

QString caseStateText(CaseState state)
{
    switch (state) {
    case CaseState::Open:
        return tr("Open");
    case CaseState::Contacted:
        return tr("Contacted");
    case CaseState::Resolved:
        return tr("Resolved");
    }
    return {};
}

} // namespace Reviews
