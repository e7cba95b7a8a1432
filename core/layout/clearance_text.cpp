#include "clearance_text.h"

#include <QLocale>
#include <QStringList>

namespace hectare {
namespace layout {
namespace {

// Intruders named in a service message; the rest are counted.
constexpr int kMaxNamed = 3;

} // namespace

QString ClearanceText::ruleName(ClearanceRule rule)
{
    switch (rule) {
    case ClearanceRule::ColdAisle: return tr("Cold aisle");
    case ClearanceRule::HotAisle: return tr("Hot aisle");
    case ClearanceRule::MixedAisle: return tr("Hot side facing cold side");
    case ClearanceRule::Service: return tr("Service clearance");
    case ClearanceRule::Wall: return tr("Wall clearance");
    }
    return {};
}

QString ClearanceText::quoted(const QString &name) { return QLatin1Char('"') + name + QLatin1Char('"'); }

// Two decimals in the user's locale: "1.05 m", "1,05 m".
QString ClearanceText::metres(double value) { return tr("%1 m").arg(QLocale().toString(value, 'f', 2)); }

QString ClearanceText::hallName(const Hall &hall) const
{
    return hall.name.isEmpty() ? tr("Hall #%1").arg(hall.id) : tr("Hall %1").arg(quoted(hall.name));
}

QString ClearanceText::objectName(const LayoutObjectRef &ref) const
{
    switch (ref.kind) {
    case LayoutObjectRef::Kind::Rack:
        if (const Rack *rack = m_model.rack(ref.id))
            return tr("rack %1").arg(quoted(rack->name));
        break;
    case LayoutObjectRef::Kind::Row:
        if (const Row *row = m_model.row(ref.id))
            return tr("row %1").arg(quoted(row->name));
        break;
    case LayoutObjectRef::Kind::Obstacle:
        if (const Obstacle *o = m_model.obstacle(ref.id)) {
            switch (o->kind) {
            case ObstacleKind::Column: return tr("column %1").arg(quoted(o->name));
            case ObstacleKind::Wall: return tr("wall %1").arg(quoted(o->name));
            case ObstacleKind::Door: return tr("door %1").arg(quoted(o->name));
            case ObstacleKind::Crah: return tr("CRAH %1").arg(quoted(o->name));
            case ObstacleKind::Pdu: return tr("PDU %1").arg(quoted(o->name));
            case ObstacleKind::FireCylinder: return tr("fire cylinder %1").arg(quoted(o->name));
            }
        }
        break;
    case LayoutObjectRef::Kind::Cage:
        if (const Cage *cage = m_model.cage(ref.id))
            return tr("cage %1").arg(quoted(cage->name));
        break;
    case LayoutObjectRef::Kind::Hall:
        return tr("the hall's wall");
    }
    return tr("#%1").arg(ref.id);
}

QString ClearanceText::aisle(const Hall &hall, const Row &a, const Row &b, AisleKind kind, double widthM,
                             double requiredM) const
{
    const QString where = hallName(hall);
    if (kind == AisleKind::Hot)
        return tr("%1, rows %2 and %3: hot aisle %4, at least %5")
            .arg(where, quoted(a.name), quoted(b.name), metres(widthM), metres(requiredM));
    return tr("%1, rows %2 and %3: cold aisle %4, at least %5")
        .arg(where, quoted(a.name), quoted(b.name), metres(widthM), metres(requiredM));
}

QString ClearanceText::mixedAisle(const Hall &hall, const Row &a, const Row &b, const Row &hot, const Row &cold,
                                  double widthM) const
{
    return tr("%1, rows %2 and %3: the hot side of row %4 faces the cold side of row %5 across %6; "
              "hot air would reach the cold aisle")
        .arg(hallName(hall), quoted(a.name), quoted(b.name), quoted(hot.name), quoted(cold.name), metres(widthM));
}

QString ClearanceText::service(const Hall &hall, const Obstacle &unit, double freeM, double requiredM,
                               const std::vector<LayoutObjectRef> &inTheWay, bool hallWall) const
{
    QStringList names;
    for (const LayoutObjectRef &ref : inTheWay) {
        if (names.size() == kMaxNamed)
            break;
        names << objectName(ref);
    }
    const int unnamed = int(inTheWay.size()) - int(names.size());
    if (unnamed > 0)
        names << tr("%n more", nullptr, unnamed);
    if (hallWall)
        names << objectName({LayoutObjectRef::Kind::Hall, hall.id});

    const QString blocking = names.size() == 1 ? tr("%1 is in the way").arg(names.front())
                                               : tr("in the way: %1").arg(names.join(QStringLiteral(", ")));
    return tr("%1, %2: %3 free in front, at least %4 (%5)")
        .arg(hallName(hall), objectName({LayoutObjectRef::Kind::Obstacle, unit.id}), metres(freeM), metres(requiredM),
             blocking);
}

QString ClearanceText::wall(const Hall &hall, const Row &row, const std::vector<const Rack *> &racks, double distanceM,
                            double requiredM) const
{
    QString range;
    if (!racks.empty())
        range = racks.size() == 1 ? racks.front()->name : racks.front()->name + QChar(0x2026) + racks.back()->name;
    return tr("%1, row %2 (%3): %4 from the wall, at least %5")
        .arg(hallName(hall), quoted(row.name), range, metres(distanceM), metres(requiredM));
}

} // namespace layout

QString displayName(ClearanceRule rule) { return layout::ClearanceText::ruleName(rule); }

} // namespace hectare
