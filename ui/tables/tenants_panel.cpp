#include "tenants_panel.h"

#include "commands/tenant_commands.h"
#include "models/tenant_table_model.h"
#include "session/document_session.h"

#include <QItemSelectionModel>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>

namespace hectare::ui {

TenantsPanel::TenantsPanel(QWidget *parent) : TablePanel(new QSortFilterProxyModel, parent)
{
    setObjectName(QStringLiteral("tenantsPanel"));
    m_model = new TenantTableModel(this);
    setSourceModel(m_model);
    addButton()->setText(tr("&Add tenant"));
    removeButton()->setText(tr("&Remove tenant"));

    connect(m_model, &TenantTableModel::editRejected, this, &TenantsPanel::showRejection);
    connect(addButton(), &QPushButton::clicked, this, &TenantsPanel::addTenant);
    connect(removeButton(), &QPushButton::clicked, this, &TenantsPanel::removeSelectedTenant);
    // A reset or a removal may drop the selection without selectionChanged: check after each.
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TenantsPanel::updateSelection);
    connect(proxy(), &QAbstractItemModel::modelReset, this, &TenantsPanel::updateSelection);
    connect(proxy(), &QAbstractItemModel::rowsRemoved, this, &TenantsPanel::updateSelection);
    connect(proxy(), &QAbstractItemModel::layoutChanged, this, &TenantsPanel::updateSelection);
    updateActions();
}

void TenantsPanel::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    clearRejection();
    m_model->setSession(session);
    if (m_session) {
        // A change that went through makes the last refusal old news.
        connect(m_session, &DocumentSession::tenantsReset, this, &TenantsPanel::clearRejection);
    }
    fitColumns(TenantTableModel::NameColumn);
    updateSelection();
    updateActions();
}

void TenantsPanel::selectTenant(Id tenantId)
{
    const int row = m_model->rowOfId(tenantId);
    if (row < 0)
        view()->clearSelection();
    else
        selectSourceRow(row);
}

void TenantsPanel::addTenant()
{
    if (!m_session)
        return;
    const std::vector<Tenant> &tenants = m_session->model().tenants;
    QSet<QString> names;
    Id maxId = kNoId;
    for (const Tenant &t : tenants) {
        names.insert(t.name);
        maxId = std::max(maxId, t.id);
    }
    Tenant tenant;
    tenant.id = maxId + 1;
    for (int n = 1; tenant.name.isEmpty() || names.contains(tenant.name); ++n)
        tenant.name = tr("New tenant %1").arg(n);
    const Status status = m_session->execute(new AddTenantCommand(m_session, tenant));
    if (!status) {
        showRejection(status.error().text());
        return;
    }
    selectTenant(tenant.id);
    view()->edit(view()->currentIndex().siblingAtColumn(TenantTableModel::NameColumn));
}

void TenantsPanel::removeSelectedTenant()
{
    if (!m_session)
        return;
    const Tenant *tenant = m_session->model().tenant(currentId());
    if (!tenant)
        return;
    std::vector<Contract> contracts;
    std::copy_if(m_session->model().contracts.begin(), m_session->model().contracts.end(),
                 std::back_inserter(contracts), [id = tenant->id](const Contract &c) { return c.tenantId == id; });
    const Status status = m_session->execute(new RemoveTenantCommand(m_session, *tenant, contracts));
    if (!status)
        showRejection(status.error().text());
}

void TenantsPanel::updateSelection()
{
    const Id id = currentId();
    updateActions();
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    Q_EMIT tenantSelected(id);
}

void TenantsPanel::updateActions()
{
    const bool writable = m_session && !m_session->isReadOnly();
    addButton()->setEnabled(writable);
    removeButton()->setEnabled(writable && currentId() != kNoId);
}

} // namespace hectare::ui
