#include "tier3_verdict.h"

#include "reliability_analysis.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace hectare::ui {

QString tier3VerdictText(const ReliabilityAnalysis &analysis)
{
    if (!analysis.session())
        return QCoreApplication::translate("hectare::ui::Tier3Verdict", "No document open");
    if (!analysis.isValid())
        return QCoreApplication::translate("hectare::ui::Tier3Verdict", "Tier III not checked: %1").arg(analysis.errorText());

    const reliability::Tier3Report &r = analysis.report();
    const QString date = QLocale().toString(analysis.asOf(), QLocale::ShortFormat);
    const bool design = analysis.basis() == reliability::LoadBasis::Design;
    QStringList failures;
    if (r.summary.violations > 0)
        failures << QCoreApplication::translate("hectare::ui::Tier3Verdict", "%n maintenance violation(s)", nullptr, r.summary.violations);
    if (r.summary.overloadedGroups > 0)
        failures << QCoreApplication::translate("hectare::ui::Tier3Verdict", "%n group(s) short with every unit in", nullptr,
                                                r.summary.overloadedGroups);
    if (!r.generators.passed)
        failures << (r.generators.present ? QCoreApplication::translate("hectare::ui::Tier3Verdict", "generators not N+1")
                                          : QCoreApplication::translate("hectare::ui::Tier3Verdict", "no generators"));
    if (!r.fuel.passed)
        failures << QCoreApplication::translate("hectare::ui::Tier3Verdict", "fuel under %1 h at full load")
                        .arg(QLocale().toString(r.fuel.requiredHours, 'f', 0));
    QStringList notes;
    if (r.summary.singleCorded > 0)
        notes << QCoreApplication::translate("hectare::ui::Tier3Verdict", "%n single-corded exposure(s)", nullptr, r.summary.singleCorded);
    if (r.summary.singlePointsOfFailure > 0)
        notes << QCoreApplication::translate("hectare::ui::Tier3Verdict", "%n single point(s) of failure", nullptr,
                                             r.summary.singlePointsOfFailure);

    QString text;
    if (r.summary.passed)
        text = design ? QCoreApplication::translate("hectare::ui::Tier3Verdict", "Passes Tier III at design load (as of %1)").arg(date)
                      : QCoreApplication::translate("hectare::ui::Tier3Verdict", "Passes Tier III at contracted load (as of %1)").arg(date);
    else
        text = design ? QCoreApplication::translate("hectare::ui::Tier3Verdict", "Fails Tier III at design load (as of %1): %2")
                            .arg(date, failures.join(QStringLiteral(", ")))
                      : QCoreApplication::translate("hectare::ui::Tier3Verdict", "Fails Tier III at contracted load (as of %1): %2")
                            .arg(date, failures.join(QStringLiteral(", ")));
    if (!notes.isEmpty())
        text += QStringLiteral("; ") + notes.join(QStringLiteral(", "));
    // Without load nothing can be dropped: a pass would say little.
    if (analysis.site().network.loads.empty())
        text += QStringLiteral(" ")
            + (design ? QCoreApplication::translate("hectare::ui::Tier3Verdict", "(no position carries load at design load)")
                      : QCoreApplication::translate("hectare::ui::Tier3Verdict", "(no position carries load at contracted load)"));
    return text;
}

} // namespace hectare::ui
