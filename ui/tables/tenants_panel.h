#pragma once

#include "table_panel.h"

#include <QPointer>

namespace hectare::ui {

class DocumentSession;
class TenantTableModel;

// The tenants of the document: filter, sort, edit in place, add and remove (each one undo
// command). Says which tenant is selected so that the window can show its racks and contracts.
class TenantsPanel : public TablePanel
{
    Q_OBJECT

public:
    explicit TenantsPanel(QWidget *parent = nullptr);

    // nullptr empties the panel.
    void setSession(DocumentSession *session);
    TenantTableModel *model() const { return m_model; }
    Id currentTenantId() const { return currentId(); }

public Q_SLOTS:
    void selectTenant(hectare::Id tenantId);
    // Adds "New tenant N" with the next free id, selects it and opens its name for editing.
    void addTenant();
    // Removes the selected tenant and its contracts; core refuses while it holds racks.
    void removeSelectedTenant();

Q_SIGNALS:
    // The selected tenant changed; kNoId when none is selected.
    void tenantSelected(hectare::Id tenantId);

private:
    void updateSelection();
    void updateActions();

    QPointer<DocumentSession> m_session;
    TenantTableModel *m_model = nullptr;
    Id m_selectedId = kNoId;
};

} // namespace hectare::ui
