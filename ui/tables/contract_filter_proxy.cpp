#include "contract_filter_proxy.h"

#include "models/contract_table_model.h"

namespace hectare::ui {

void ContractFilterProxy::setTenantId(Id tenantId)
{
    if (tenantId == m_tenantId)
        return;
    m_tenantId = tenantId;
    invalidateFilter();
}

bool ContractFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_tenantId != kNoId) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (index.data(ContractTableModel::kTenantIdRole).value<Id>() != m_tenantId)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace hectare::ui
