#include "growth_summary.h"

#include "growth_text.h"

#include "dashboard/quantity_text.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace hectare::ui {
namespace {

// The month a resource is first at risk, for ordering: the earliest figure the result has.
int firstMonth(const ResourceOutlook &o)
{
    for (const std::optional<int> &m : {o.exhaustionP10, o.exhaustionAtRisk, o.exhaustionP50, o.expectedExhaustion})
        if (m)
            return *m;
    return std::numeric_limits<int>::max();
}

} // namespace

QString GrowthSummary::scopeName(const ScopeOutlook &scope)
{
    return scope.hallId == kNoId ? tr("Site") : tr("Hall \"%1\"").arg(scope.name);
}

QString GrowthSummary::monthOrDash(const GrowthResult &result, const std::optional<int> &month)
{
    return month ? monthText(result.monthDate(*month)) : QStringLiteral("–");
}

QString GrowthSummary::decisionText(const GrowthResult &result, const ResourceOutlook &o)
{
    if (!o.decisionMonth)
        return QStringLiteral("–");
    const QString month = monthText(result.monthDate(*o.decisionMonth));
    return o.lateDecision() ? tr("%1 (late)").arg(month) : month;
}

QString GrowthSummary::outlookSentence(const GrowthResult &result, const ResourceOutlook &o)
{
    const auto month = [&](int m) { return monthText(result.monthDate(m)); };
    const QString name = resourceDisplayName(o.resource);
    QString sentence;
    if (o.exhaustionP50) {
        sentence = tr("%1: runs out %2 (P50; P10 %3)")
                       .arg(name, month(*o.exhaustionP50), monthOrDash(result, o.exhaustionP10));
    } else if (o.exhaustionP10) {
        sentence = tr("%1: may run out from %2 (P10; %3 of runs by %4)")
                       .arg(name, month(*o.exhaustionP10), percentText(o.exhaustedShare * 100),
                            month(result.months - 1));
    } else if (o.exhaustionAtRisk && result.runs > 0) {
        sentence = tr("%1: may run out from %2 (at P%3)")
                       .arg(name, month(*o.exhaustionAtRisk), QLocale().toString(qRound(result.decisionRisk * 100)));
    } else if (o.expectedExhaustion) {
        sentence = tr("%1: runs out %2 (expected)").arg(name, month(*o.expectedExhaustion));
    } else {
        return {};
    }
    if (o.lateDecision())
        sentence = tr("%1, decide now (it was due %2)").arg(sentence, month(*o.decisionMonth));
    else if (o.decisionMonth)
        sentence = tr("%1, decide by %2").arg(sentence, month(*o.decisionMonth));
    return sentence;
}

QString GrowthSummary::html(const GrowthResult &result)
{
    std::vector<const ScopeOutlook *> scopes{&result.site};
    for (const ScopeOutlook &hall : result.halls)
        scopes.push_back(&hall);
    const QString end = monthText(result.monthDate(result.months - 1));
    QStringList lines;
    for (const ScopeOutlook *scope : scopes) {
        std::vector<const ResourceOutlook *> runningOut;
        for (const ResourceOutlook &o : scope->resources)
            if (!outlookSentence(result, o).isEmpty())
                runningOut.push_back(&o);
        std::stable_sort(runningOut.begin(), runningOut.end(), [](const ResourceOutlook *a, const ResourceOutlook *b) {
            return firstMonth(*a) < firstMonth(*b);
        });
        QStringList sentences;
        for (const ResourceOutlook *o : runningOut) {
            QString sentence = outlookSentence(result, *o).toHtmlEscaped();
            if (o->lateDecision())
                sentence = QStringLiteral("<span style='color:#c02a24'>%1</span>").arg(sentence);
            sentences << sentence;
        }
        if (sentences.isEmpty())
            sentences << tr("nothing runs out by %1").arg(end).toHtmlEscaped();
        lines << QStringLiteral("<b>%1</b> — %2")
                     .arg(scopeName(*scope).toHtmlEscaped(), sentences.join(QStringLiteral(" · ")));
    }
    QStringList expansions;
    for (const ExpansionOutcome &e : result.expansions) {
        if (!e.onlineMonth) {
            expansions << tr("%1 not needed by %2").arg(e.name, end).toHtmlEscaped();
            continue;
        }
        QString text = tr("%1 online %2").arg(e.name, monthText(result.monthDate(*e.onlineMonth)));
        if (e.decisionMonth)
            text = (*e.decisionMonth < 0 ? tr("%1, decided %2 (late)") : tr("%1, decide by %2"))
                       .arg(text, monthText(result.monthDate(*e.decisionMonth)));
        if (e.whenNeeded)
            text = tr("%1 (when needed)").arg(text);
        expansions << text.toHtmlEscaped();
    }
    if (!expansions.isEmpty())
        lines << QStringLiteral("<b>%1</b> — %2")
                     .arg(tr("Expansions").toHtmlEscaped(), expansions.join(QStringLiteral(" · ")));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace hectare::ui
