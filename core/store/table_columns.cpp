#include "table_columns.h"

#include "outline_text.h"

#include <QCoreApplication>

namespace hectare {
namespace {

QStringList placeholders(qsizetype count)
{
    QStringList list;
    for (qsizetype i = 1; i <= count; ++i)
        list << QStringLiteral("?%1").arg(i);
    return list;
}

// "a = ?2, b = ?3, …" or, for an upsert, "a = excluded.a, …".
QString assignments(const QStringList &columns, bool fromExcluded)
{
    QStringList list;
    for (qsizetype i = 0; i < columns.size(); ++i)
        list << (fromExcluded ? QStringLiteral("%1 = excluded.%1").arg(columns[i])
                              : QStringLiteral("%1 = ?%2").arg(columns[i]).arg(i + 2));
    return list.join(QStringLiteral(", "));
}

} // namespace

QString insertSql(const QString &table, const QStringList &columns)
{
    return QStringLiteral("INSERT INTO %1 (id, %2) VALUES (%3)")
        .arg(table, columns.join(QStringLiteral(", ")), placeholders(columns.size() + 1).join(QStringLiteral(", ")));
}

QString upsertSql(const QString &table, const QStringList &columns)
{
    return insertSql(table, columns) + QStringLiteral(" ON CONFLICT(id) DO UPDATE SET ")
           + assignments(columns, true);
}

QString updateSql(const QString &table, const QStringList &columns)
{
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?1").arg(table, assignments(columns, false));
}

Error writeError(SqliteConnection &db, const QString &what)
{
    return Error{what, QCoreApplication::translate("hectare::Document", "could not be written: %1")
                           .arg(db.lastErrorMessage())};
}

Status runOne(SqliteConnection &db, Statement &statement, const QString &what)
{
    if (!statement.run())
        return writeError(db, what);
    if (db.queryInt(QStringLiteral("SELECT changes()")).value() != 1)
        return Error{what, QCoreApplication::translate("hectare::Document", "does not exist")};
    return {};
}

const TableColumns<Hall> &hallColumns()
{
    static const TableColumns<Hall> columns{
        QStringLiteral("hall"),
        QStringLiteral("hall"),
        {QStringLiteral("building_id"), QStringLiteral("name"), QStringLiteral("outline_json"), QStringLiteral("tile_m"),
         QStringLiteral("floor_load_kg_per_m2"), QStringLiteral("ceiling_height_m"), QStringLiteral("status"),
         QStringLiteral("commissioned"), QStringLiteral("thermal_mass_kj_per_k"), QStringLiteral("inlet_limit_rise_k")},
        [](Statement &s, const Hall &h) {
            s.bind(1, qint64(h.id)).bindId(2, h.buildingId).bind(3, h.name);
            s.bind(4, outlineToText(h.outline)).bind(5, h.tileM).bind(6, h.floorLoadKgPerM2);
            s.bind(7, h.ceilingHeightM).bind(8, toKey(h.status)).bindDate(9, h.commissioned);
            s.bind(10, h.thermalMassKjPerK).bind(11, h.inletLimitRiseK);
        }};
    return columns;
}

const TableColumns<Row> &rowColumns()
{
    static const TableColumns<Row> columns{
        QStringLiteral("hall_row"),
        QStringLiteral("row"),
        {QStringLiteral("hall_id"), QStringLiteral("name"), QStringLiteral("origin_x_m"), QStringLiteral("origin_y_m"),
         QStringLiteral("orientation_deg"), QStringLiteral("cold_aisle"), QStringLiteral("containment")},
        [](Statement &s, const Row &r) {
            s.bind(1, qint64(r.id)).bind(2, qint64(r.hallId)).bind(3, r.name);
            s.bind(4, r.origin.x).bind(5, r.origin.y).bind(6, r.orientationDeg);
            s.bind(7, toKey(r.coldAisle)).bind(8, toKey(r.containment));
        }};
    return columns;
}

const TableColumns<Rack> &rackColumns()
{
    static const TableColumns<Rack> columns{
        QStringLiteral("rack"),
        QStringLiteral("rack"),
        {QStringLiteral("row_id"), QStringLiteral("name"), QStringLiteral("offset_mm"), QStringLiteral("width_mm"),
         QStringLiteral("depth_mm"), QStringLiteral("height_u"), QStringLiteral("design_kw"),
         QStringLiteral("max_weight_kg"), QStringLiteral("state"), QStringLiteral("tenant_id"),
         QStringLiteral("feed_a_pdu_id"), QStringLiteral("feed_b_pdu_id")},
        [](Statement &s, const Rack &r) {
            s.bind(1, qint64(r.id)).bind(2, qint64(r.rowId)).bind(3, r.name).bind(4, r.offsetMm).bind(5, r.widthMm);
            s.bind(6, r.depthMm).bind(7, r.heightU).bind(8, r.designKw).bind(9, r.maxWeightKg).bind(10, toKey(r.state));
            s.bindId(11, r.tenantId).bindId(12, r.feedAPduId).bindId(13, r.feedBPduId);
        }};
    return columns;
}

const TableColumns<Obstacle> &obstacleColumns()
{
    static const TableColumns<Obstacle> columns{
        QStringLiteral("hall_obstacle"),
        QStringLiteral("obstacle"),
        {QStringLiteral("hall_id"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("centre_x_m"),
         QStringLiteral("centre_y_m"), QStringLiteral("width_m"), QStringLiteral("depth_m"),
         QStringLiteral("rotation_deg")},
        [](Statement &s, const Obstacle &o) {
            s.bind(1, qint64(o.id)).bind(2, qint64(o.hallId)).bind(3, toKey(o.kind)).bind(4, o.name);
            s.bind(5, o.centre.x).bind(6, o.centre.y).bind(7, o.widthM).bind(8, o.depthM).bind(9, o.rotationDeg);
        }};
    return columns;
}

const TableColumns<Cage> &cageColumns()
{
    static const TableColumns<Cage> columns{
        QStringLiteral("cage"),
        QStringLiteral("cage"),
        {QStringLiteral("hall_id"), QStringLiteral("tenant_id"), QStringLiteral("name"), QStringLiteral("outline_json")},
        [](Statement &s, const Cage &c) {
            s.bind(1, qint64(c.id)).bind(2, qint64(c.hallId)).bind(3, qint64(c.tenantId)).bind(4, c.name);
            s.bind(5, outlineToText(c.outline));
        }};
    return columns;
}

const TableColumns<PriceItem> &priceItemColumns()
{
    static const TableColumns<PriceItem> columns{
        QStringLiteral("price_item"),
        QStringLiteral("price item"),
        {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("unit"),
         QStringLiteral("unit_price"), QStringLiteral("density_band_min_kw"), QStringLiteral("density_band_max_kw")},
        [](Statement &s, const PriceItem &i) {
            s.bind(1, qint64(i.id)).bind(2, i.key).bind(3, i.name).bind(4, toKey(i.kind)).bind(5, toKey(i.unit));
            s.bind(6, i.unitPrice).bind(7, i.densityBandMinKw).bind(8, i.densityBandMaxKw);
        }};
    return columns;
}

} // namespace hectare
