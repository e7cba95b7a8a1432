#include "dxf_export.h"
#include "dxf_import_parts.h"

namespace hectare {
namespace {

// Why an entity type that has no geometry an import can use was left out.
QString reasonForType(const QString &type)
{
    if (type == QLatin1String("ARC") || type == QLatin1String("SPLINE") || type == QLatin1String("ELLIPSE"))
        return DxfText::tr("a curve: redraw it as a closed polyline");
    if (type == QLatin1String("HATCH") || type == QLatin1String("SOLID") || type == QLatin1String("TRACE")
        || type == QLatin1String("3DFACE") || type == QLatin1String("WIPEOUT"))
        return DxfText::tr("a fill, not an outline");
    if (type == QLatin1String("DIMENSION") || type == QLatin1String("LEADER") || type == QLatin1String("MULTILEADER"))
        return DxfText::tr("an annotation");
    return DxfText::tr("not readable as a plan shape");
}

} // namespace

DxfLayerRoles::DxfLayerRoles(const std::map<QString, DxfLayerRole> &layers)
{
    for (const auto &[name, role] : layers)
        m_roles.insert(name.toLower(), role);
}

const DxfLayerRole *DxfLayerRoles::roleOf(const QString &layer) const
{
    const auto it = m_roles.constFind(layer.toLower());
    return it == m_roles.constEnd() ? nullptr : &it.value();
}

bool DxfLayerRoles::isOutline(const QString &layer) const
{
    const DxfLayerRole *role = roleOf(layer);
    return role && role->outline;
}

std::optional<ObstacleKind> DxfLayerRoles::obstacleKindOf(const QString &layer) const
{
    const DxfLayerRole *role = roleOf(layer);
    if (!role || role->outline)
        return std::nullopt;
    return role->obstacleKind;
}

void DxfSkipLog::looked(const QString &layer, const QString &type, int count) { m_looked[{layer, type}] += count; }

void DxfSkipLog::skip(const QString &layer, const QString &type, const QString &reason, int count)
{
    if (count > 0)
        m_skipped[{layer, type, reason}] += count;
}

std::vector<DxfSkipped> DxfSkipLog::list(const DxfDrawing &drawing, const DxfLayerRoles &roles) const
{
    std::map<std::tuple<QString, QString, QString>, int> skipped = m_skipped;
    for (const auto &[key, count] : drawing.census) {
        if (!roles.roleOf(key.first))
            continue;
        const auto looked = m_looked.find(key);
        const int rest = count - (looked == m_looked.end() ? 0 : looked->second);
        if (rest > 0)
            skipped[{key.first, key.second, reasonForType(key.second)}] += rest;
    }
    std::vector<DxfSkipped> list;
    for (const auto &[key, count] : skipped)
        list.push_back({std::get<0>(key), std::get<1>(key), count, std::get<2>(key)});
    return list;
}

} // namespace hectare
