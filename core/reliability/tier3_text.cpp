#include "tier3_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace hectare::reliability {

namespace {

QString kw(double value) { return QLocale().toString(value, 'f', 1); }
QString hours(double value) { return QLocale().toString(value, 'f', 1); }

// The name at `index` of `items` when the network is given and the name is set, else empty.
template<typename T>
QString nameIn(const Network *network, std::vector<T> Network::*items, int index)
{
    if (!network || index < 0 || std::size_t(index) >= (network->*items).size())
        return {};
    return ((network->*items)[std::size_t(index)]).name;
}

QString groupName(int group, int groupId, const Network *network)
{
    const QString name = nameIn(network, &Network::groups, group);
    return name.isEmpty() ? QCoreApplication::translate("hectare::Tier3", "group %1").arg(groupId) : name;
}

} // namespace

QString tier3SideName(Side side)
{
    return side == Side::A ? QCoreApplication::translate("hectare::Tier3", "A") : QCoreApplication::translate("hectare::Tier3", "B");
}

QString tier3ComponentText(const Tier3Component &c, const Network *network)
{
    switch (c.kind) {
    case Tier3Component::Kind::Unit:
        if (const QString name = nameIn(network, &Network::units, c.index); !name.isEmpty())
            return name;
        if (c.group < 0)
            return QCoreApplication::translate("hectare::Tier3", "unit %1").arg(c.id);
        return QCoreApplication::translate("hectare::Tier3", "unit %1 of group %2").arg(c.id).arg(c.groupId);
    case Tier3Component::Kind::Path: {
        const QString name = nameIn(network, &Network::paths, c.index);
        return QCoreApplication::translate("hectare::Tier3", "path %1 (side %2)")
            .arg(name.isEmpty() ? QString::number(c.id) : name, tier3SideName(c.side));
    }
    case Tier3Component::Kind::Side:
        return QCoreApplication::translate("hectare::Tier3", "side %1").arg(tier3SideName(c.side));
    }
    return {};
}

QString tier3LoadName(int load, int loadId, const Network *network)
{
    const QString name = nameIn(network, &Network::loads, load);
    return name.isEmpty() ? QCoreApplication::translate("hectare::Tier3", "load %1").arg(loadId) : name;
}

QString tier3DropText(const Tier3Drop &d, const Network *network)
{
    const QString load = tier3LoadName(d.load, d.loadId, network);
    if (d.lostPower && d.lostCooling)
        return QCoreApplication::translate("hectare::Tier3", "%1 loses power and cooling (%2 kW)").arg(load, kw(d.kw));
    if (d.lostPower)
        return QCoreApplication::translate("hectare::Tier3", "%1 loses power (%2 kW)").arg(load, kw(d.kw));
    return QCoreApplication::translate("hectare::Tier3", "%1 loses cooling (%2 kW)").arg(load, kw(d.kw));
}

QString tier3ShortfallText(const Tier3Shortfall &s, const Network *network)
{
    return QCoreApplication::translate("hectare::Tier3", "%1 is %2 kW short (units left: %3, needed: %4)")
        .arg(groupName(s.group, s.groupId, network), kw(s.shortfallKw))
        .arg(s.unitsLeft)
        .arg(s.requiredUnits);
}

QString tier3FindingText(const Tier3Finding &f, const Network *network)
{
    const int loads = int(f.drops.size());
    QString text = f.event == Tier3Event::Maintenance
        ? QCoreApplication::translate("hectare::Tier3", "%1 out for maintenance drops %n load(s), %2 kW", nullptr, loads)
        : QCoreApplication::translate("hectare::Tier3", "%1 failing drops %n load(s), %2 kW", nullptr, loads);
    text = text.arg(tier3ComponentText(f.component, network), kw(f.droppedKw()));
    QStringList why;
    for (const Tier3Shortfall &s : f.shortfalls)
        why << tier3ShortfallText(s, network);
    if (!why.isEmpty())
        text += QStringLiteral(": ") + why.join(QStringLiteral("; "));
    if (f.singleCordedOnly)
        text += QStringLiteral(" ")
            + QCoreApplication::translate("hectare::Tier3", "(single-corded loads only: a point-of-use transfer switch to the other side would carry them)");
    return text;
}

QString tier3GeneratorText(const Tier3GeneratorCheck &c, const Network *network)
{
    if (!c.present)
        return QCoreApplication::translate("hectare::Tier3", "No generators: Tier III needs an on-site source, the utility does not count");
    QString name = nameIn(network, &Network::groups, c.group);
    if (name.isEmpty())
        name = QCoreApplication::translate("hectare::Tier3", "Generators");
    if (c.passed)
        return QCoreApplication::translate("hectare::Tier3", "%1: with one of %2 sets out, %3 kW carry the %4 kW load (margin %5 kW)")
            .arg(name)
            .arg(c.units)
            .arg(kw(c.capacityOneOutKw), kw(c.loadKw), kw(c.marginKw));
    return QCoreApplication::translate("hectare::Tier3", "%1: with one of %2 sets out, %3 kW are left for a %4 kW load (%5 kW short): not N+1")
        .arg(name)
        .arg(c.units)
        .arg(kw(c.capacityOneOutKw), kw(c.loadKw), kw(-c.marginKw));
}

QString tier3FuelText(const Tier3FuelCheck &c)
{
    if (c.atFullLoad)
        return c.passed
            ? QCoreApplication::translate("hectare::Tier3", "Fuel lasts %1 h at full load (%2 kW; at least %3 h required)")
                  .arg(hours(c.tankHours), kw(c.loadKw), hours(c.requiredHours))
            : QCoreApplication::translate("hectare::Tier3", "Fuel lasts only %1 h at full load (%2 kW), at least %3 h required")
                  .arg(hours(c.tankHours), kw(c.loadKw), hours(c.requiredHours));
    if (c.loadKw > 0)
        return c.passed
            ? QCoreApplication::translate("hectare::Tier3", "Fuel lasts %1 h at %2 kW, the load checked (at least %3 h at full load required)")
                  .arg(hours(c.tankHours), kw(c.loadKw), hours(c.requiredHours))
            : QCoreApplication::translate("hectare::Tier3", "Fuel lasts only %1 h at %2 kW, the load checked; at least %3 h at full load required")
                  .arg(hours(c.tankHours), kw(c.loadKw), hours(c.requiredHours));
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
