#include "site_tree_model.h"

#include "model/site_model.h"
#include "quoting/reservations.h"

#include <QLocale>

namespace hectare::ui {
namespace {

struct Counts
{
    int positions = 0;
    int free = 0;
};

QStandardItem *makeItem(const QString &text, SiteTreeModel::Kind kind, Id id)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(int(kind), SiteTreeModel::kKindRole);
    item->setData(qint64(id), SiteTreeModel::kIdRole);
    return item;
}

} // namespace

SiteTreeModel::SiteTreeModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Site"), tr("Positions"), tr("Free")});
}

void SiteTreeModel::rebuild(const SiteModel &model)
{
    removeRows(0, rowCount());
    m_halls.clear();
    m_rows.clear();
    m_site = makeItem(model.site.name, Kind::Site, kNoId);
    appendRow({m_site, new QStandardItem, new QStandardItem});

    std::map<Id, QStandardItem *> buildings;
    for (const Building &building : model.buildings) {
        QStandardItem *item = makeItem(building.name, Kind::Building, building.id);
        m_site->appendRow({item, new QStandardItem, new QStandardItem});
        buildings[building.id] = item;
    }
    for (const Hall &hall : model.halls) {
        QStandardItem *parent = buildings.count(hall.buildingId) ? buildings[hall.buildingId] : m_site;
        QStandardItem *item = makeItem(hall.name, Kind::Hall, hall.id);
        parent->appendRow({item, new QStandardItem, new QStandardItem});
        m_halls[hall.id] = item;
    }
    for (const Row &row : model.rows) {
        auto hall = m_halls.find(row.hallId);
        if (hall == m_halls.end())
            continue;
        QStandardItem *item = makeItem(tr("Row %1").arg(row.name), Kind::Row, row.id);
        hall->second->appendRow({item, new QStandardItem, new QStandardItem});
        m_rows[row.id] = item;
    }
    refreshCounts(model);
}

void SiteTreeModel::refreshCounts(const SiteModel &model)
{
    std::map<Id, Counts> byRow;
    std::map<Id, Counts> byHall;
    Counts site;
    std::map<Id, Id> hallOfRow;
    for (const Row &row : model.rows)
        hallOfRow[row.id] = row.hallId;
    // Positions quotes hold today are not free to sell.
    const QSet<Id> held = heldRackIds(model, QDate::currentDate());
    for (const Rack &rack : model.racks) {
        const bool isFree = shownState(rack, held) == RackState::Free;
        for (Counts *c : {&byRow[rack.rowId], &byHall[hallOfRow[rack.rowId]], &site}) {
            ++c->positions;
            c->free += isFree;
        }
    }
    const QLocale locale;
    auto show = [&](QStandardItem *item, const Counts &c) {
        QStandardItem *parent = item->parent() ? item->parent() : invisibleRootItem();
        parent->child(item->row(), 1)->setText(locale.toString(c.positions));
        parent->child(item->row(), 2)->setText(locale.toString(c.free));
        for (int column : {1, 2})
            parent->child(item->row(), column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    };
    if (m_site)
        show(m_site, site);
    for (const auto &[id, item] : m_halls)
        show(item, byHall[id]);
    for (const auto &[id, item] : m_rows)
        show(item, byRow[id]);
}

QModelIndex SiteTreeModel::indexOfHall(Id hallId) const
{
    auto it = m_halls.find(hallId);
    return it == m_halls.end() ? QModelIndex() : it->second->index();
}

QModelIndex SiteTreeModel::indexOfRow(Id rowId) const
{
    auto it = m_rows.find(rowId);
    return it == m_rows.end() ? QModelIndex() : it->second->index();
}

} // namespace hectare::ui
