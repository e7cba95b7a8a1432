#include "quote_filter_proxy.h"

#include "quote_table_model.h"

#include "models/table_roles.h"

namespace hectare::ui {

QuoteFilterProxy::QuoteFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(kSortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // A quote whose hold lapses or is released leaves the live-only view at once.
    setDynamicSortFilter(true);
}

void QuoteFilterProxy::setLiveOnly(bool liveOnly)
{
    if (m_liveOnly == liveOnly)
        return;
    m_liveOnly = liveOnly;
    invalidateRowsFilter();
}

bool QuoteFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_liveOnly)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(QuoteTableModel::kLiveRole).toBool();
}

} // namespace hectare::ui
