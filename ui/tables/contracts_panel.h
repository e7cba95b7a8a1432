#pragma once

#include "table_panel.h"

#include <QPointer>

class QCheckBox;

namespace hectare::ui {

class ContractFilterProxy;
class ContractTableModel;
class DocumentSession;

// The contracts of the document: filter (optionally to the tenant selected elsewhere), sort,
// edit numbers, dates and status in place, add and remove (each one undo command).
class ContractsPanel : public TablePanel
{
    Q_OBJECT

public:
    explicit ContractsPanel(QWidget *parent = nullptr);

    // nullptr empties the panel.
    void setSession(DocumentSession *session);
    ContractTableModel *model() const { return m_model; }
    QCheckBox *tenantOnlyBox() const { return m_tenantOnly; }
    Id currentContractId() const { return currentId(); }
    Id selectedTenantId() const { return m_tenantId; }

public Q_SLOTS:
    // The tenant new contracts are for, and the one "Only …" shows; kNoId for none.
    // Connect TenantsPanel::tenantSelected here.
    void setSelectedTenant(hectare::Id tenantId);
    // Adds a quoted contract of 0 kW from today for the selected tenant in the first hall.
    void addContract();
    void removeSelectedContract();

private:
    // The selected tenant, or else the tenant of the current contract.
    Id tenantForNewContract() const;
    void updateTenantFilter();
    void updateActions();

    QPointer<DocumentSession> m_session;
    ContractTableModel *m_model = nullptr;
    ContractFilterProxy *m_filterProxy = nullptr;
    QCheckBox *m_tenantOnly = nullptr;
    Id m_tenantId = kNoId;
};

} // namespace hectare::ui
