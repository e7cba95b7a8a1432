#pragma once

#include "model/ids.h"

#include <QStandardItemModel>

#include <map>

namespace hectare {
struct SiteModel;
}

namespace hectare::ui {

// The site as a tree for the left dock: site → buildings → halls → rows, each with counts.
// Built once per document; a rack edit only rewrites the counts of its hall and row.
class SiteTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum class Kind { Site, Building, Hall, Row };
    static constexpr int kKindRole = Qt::UserRole + 1;
    static constexpr int kIdRole = Qt::UserRole + 2;

    explicit SiteTreeModel(QObject *parent = nullptr);

    void rebuild(const SiteModel &model);
    // Rewrites the counts shown for every hall and row (cheap: no rows are added or removed).
    void refreshCounts(const SiteModel &model);

    QModelIndex indexOfHall(Id hallId) const;
    QModelIndex indexOfRow(Id rowId) const;

private:
    std::map<Id, QStandardItem *> m_halls;
    std::map<Id, QStandardItem *> m_rows;
    QStandardItem *m_site = nullptr;
};

} // namespace hectare::ui
