#pragma once

#include "model/ids.h"

#include <QSortFilterProxyModel>

namespace hectare::ui {

// The contracts filter: the text filter of every table, and optionally one tenant's contracts
// only (ContractTableModel::kTenantIdRole).
class ContractFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // kNoId shows every tenant's contracts.
    void setTenantId(Id tenantId);
    Id tenantId() const { return m_tenantId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Id m_tenantId = kNoId;
};

} // namespace hectare::ui
