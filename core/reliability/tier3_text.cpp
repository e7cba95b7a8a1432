#include "tier3_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace hectare::reliability {

namespace {

QString kw(double value) { return QLocale().toString(value, 'f', 1); }
QString hours(double value) { return QLocale().toString(value, 'f', 1); }

QString shortfallText(const Tier3Shortfall &s)
{
    return QCoreApplication::translate("hectare::Tier3", "group %1 is %2 kW short (units left: %3, needed: %4)")
        .arg(s.groupId)
        .arg(kw(s.shortfallKw))
        .arg(s.unitsLeft)
        .arg(s.requiredUnits);
}

} // namespace

QString tier3SideName(Side side)
{
    return side == Side::A ? QCoreApplication::translate("hectare::Tier3", "A") : QCoreApplication::translate("hectare::Tier3", "B");
}

QString tier3ComponentText(const Tier3Component &c)
{
    switch (c.kind) {
    case Tier3Component::Kind::Unit:
        if (c.group < 0)
            return QCoreApplication::translate("hectare::Tier3", "unit %1").arg(c.id);
        return QCoreApplication::translate("hectare::Tier3", "unit %1 of group %2").arg(c.id).arg(c.groupId);
    case Tier3Component::Kind::Path:
        return QCoreApplication::translate("hectare::Tier3", "path %1 (side %2)").arg(c.id).arg(tier3SideName(c.side));
    case Tier3Component::Kind::Side:
        return QCoreApplication::translate("hectare::Tier3", "side %1").arg(tier3SideName(c.side));
    }
    return {};
}

QString tier3DropText(const Tier3Drop &d)
{
    if (d.lostPower && d.lostCooling)
        return QCoreApplication::translate("hectare::Tier3", "load %1 (%2 kW) loses power and cooling").arg(d.loadId).arg(kw(d.kw));
    if (d.lostPower)
        return QCoreApplication::translate("hectare::Tier3", "load %1 (%2 kW) loses power").arg(d.loadId).arg(kw(d.kw));
    return QCoreApplication::translate("hectare::Tier3", "load %1 (%2 kW) loses cooling").arg(d.loadId).arg(kw(d.kw));
}

QString tier3FindingText(const Tier3Finding &f)
{
    const int loads = int(f.drops.size());
    QString text = f.event == Tier3Event::Maintenance
        ? QCoreApplication::translate("hectare::Tier3", "%1 out for maintenance drops %n load(s), %2 kW", nullptr, loads)
        : QCoreApplication::translate("hectare::Tier3", "%1 failing drops %n load(s), %2 kW", nullptr, loads);
    text = text.arg(tier3ComponentText(f.component), kw(f.droppedKw()));
    QStringList why;
    for (const Tier3Shortfall &s : f.shortfalls)
        why << shortfallText(s);
    if (!why.isEmpty())
        text += QStringLiteral(": ") + why.join(QStringLiteral("; "));
    if (f.singleCordedOnly)
        text += QStringLiteral(" ")
            + QCoreApplication::translate("hectare::Tier3", "(single-corded loads only: a point-of-use transfer switch to the other side would carry them)");
    return text;
}

QString tier3GeneratorText(const Tier3GeneratorCheck &c)
{
    if (!c.present)
        return QCoreApplication::translate("hectare::Tier3", "No generators: Tier III needs an on-site source, the utility does not count");
    if (c.passed)
        return QCoreApplication::translate("hectare::Tier3", "Generators: with one of %1 sets out, %2 kW carry the %3 kW load (margin %4 kW)")
            .arg(c.units)
            .arg(kw(c.capacityOneOutKw), kw(c.loadKw), kw(c.marginKw));
    return QCoreApplication::translate("hectare::Tier3", "Generators: with one of %1 sets out, %2 kW are left for a %3 kW load (%4 kW short): not N+1")
        .arg(c.units)
        .arg(kw(c.capacityOneOutKw), kw(c.loadKw), kw(-c.marginKw));
}

QString tier3FuelText(const Tier3FuelCheck &c)
{
    if (c.passed)
        return QCoreApplication::translate("hectare::Tier3", "Fuel lasts %1 h (at least %2 h at full load required)").arg(hours(c.tankHours), hours(c.requiredHours));
    return QCoreApplication::translate("hectare::Tier3", "Fuel lasts only %1 h, at least %2 h at full load required").arg(hours(c.tankHours), hours(c.requiredHours));
}

QString tier3SummaryText(const Tier3Summary &s)
{
    QString text = s.passed ? QCoreApplication::translate("hectare::Tier3", "Tier III: passed.")
                            : QCoreApplication::translate("hectare::Tier3", "Tier III: failed.");
    QStringList parts;
    parts << QCoreApplication::translate("hectare::Tier3", "%n maintenance violation(s)", nullptr, s.violations);
    parts << QCoreApplication::translate("hectare::Tier3", "%n single-corded exposure(s)", nullptr, s.singleCorded);
    parts << QCoreApplication::translate("hectare::Tier3", "%n single point(s) of failure", nullptr, s.singlePointsOfFailure);
    if (s.overloadedGroups > 0)
        parts << QCoreApplication::translate("hectare::Tier3", "%n group(s) short with every unit in", nullptr, s.overloadedGroups);
    return text + QStringLiteral(" ") + parts.join(QStringLiteral(", "));
}

} // namespace hectare::reliability
