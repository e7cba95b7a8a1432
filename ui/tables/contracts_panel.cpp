#include "contracts_panel.h"

#include "contract_filter_proxy.h"
#include "contract_item_delegate.h"

#include "commands/tenant_commands.h"
#include "models/contract_table_model.h"
#include "session/document_session.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

namespace hectare::ui {

ContractsPanel::ContractsPanel(QWidget *parent) : TablePanel(new ContractFilterProxy, parent)
{
    setObjectName(QStringLiteral("contractsPanel"));
    m_filterProxy = static_cast<ContractFilterProxy *>(proxy());
    m_model = new ContractTableModel(this);
    setSourceModel(m_model);
    view()->setItemDelegate(new ContractItemDelegate(view()));
    m_tenantOnly = new QCheckBox(this);
    m_tenantOnly->setObjectName(QStringLiteral("tenantOnly"));
    m_tenantOnly->setChecked(true);
    toolBar()->insertWidget(1, m_tenantOnly);
    addButton()->setText(tr("&Add contract"));
    removeButton()->setText(tr("&Remove contract"));

    connect(m_model, &ContractTableModel::editRejected, this, &ContractsPanel::showRejection);
    connect(m_tenantOnly, &QCheckBox::toggled, this, &ContractsPanel::updateTenantFilter);
    connect(addButton(), &QPushButton::clicked, this, &ContractsPanel::addContract);
    connect(removeButton(), &QPushButton::clicked, this, &ContractsPanel::removeSelectedContract);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContractsPanel::updateActions);
    connect(proxy(), &QAbstractItemModel::modelReset, this, &ContractsPanel::updateActions);
    connect(proxy(), &QAbstractItemModel::rowsRemoved, this, &ContractsPanel::updateActions);
    updateTenantFilter();
}

void ContractsPanel::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_tenantId = kNoId;
    clearRejection();
    m_model->setSession(session);
    if (m_session) {
        // A change that went through makes the last refusal old news.
        connect(m_session, &DocumentSession::contractsReset, this, &ContractsPanel::clearRejection);
        // The selected tenant may have gone, or changed its name.
        connect(m_session, &DocumentSession::tenantsReset, this, &ContractsPanel::updateTenantFilter);
    }
    fitColumns(ContractTableModel::TenantColumn);
    updateTenantFilter();
}

void ContractsPanel::setSelectedTenant(Id tenantId)
{
    m_tenantId = tenantId;
    updateTenantFilter();
}

void ContractsPanel::updateTenantFilter()
{
    const Tenant *tenant = m_session && m_tenantId != kNoId ? m_session->model().tenant(m_tenantId) : nullptr;
    m_tenantOnly->setEnabled(tenant != nullptr);
    // A long name must not squeeze the filter box: cut it short, the tooltip has it whole.
    const int nameWidth = 16 * fontMetrics().averageCharWidth();
    const QString name = tenant ? fontMetrics().elidedText(tenant->name, Qt::ElideRight, nameWidth) : QString();
    m_tenantOnly->setText(tenant ? tr("Only %1").arg(name) : tr("Only the selected tenant"));
    m_tenantOnly->setToolTip(tenant ? tr("Show only the contracts of %1").arg(tenant->name)
                                    : tr("Select a tenant in the tenants table to see only its contracts"));
    m_filterProxy->setTenantId(tenant && m_tenantOnly->isChecked() ? tenant->id : kNoId);
    updateActions();
}

Id ContractsPanel::tenantForNewContract() const
{
    if (!m_session)
        return kNoId;
    if (m_session->model().tenant(m_tenantId))
        return m_tenantId;
    return selectedIndex().data(ContractTableModel::kTenantIdRole).value<Id>();
}

void ContractsPanel::addContract()
{
    if (!m_session)
        return;
    const SiteModel &model = m_session->model();
    const Tenant *tenant = model.tenant(tenantForNewContract());
    if (!tenant || model.halls.empty())
        return;
    Contract contract;
    for (const Contract &c : model.contracts)
        contract.id = std::max(contract.id, c.id);
    ++contract.id;
    contract.tenantId = tenant->id;
    contract.hallId = model.halls.front().id;
    contract.committedKw = 0;
    contract.start = QDate::currentDate();
    contract.status = ContractStatus::Quoted;
    const Status status = m_session->execute(new AddContractCommand(m_session, contract, tenant->name));
    if (!status) {
        showRejection(status.error().text());
        return;
    }
    selectSourceRow(m_model->rowOfId(contract.id));
}

void ContractsPanel::removeSelectedContract()
{
    if (!m_session)
        return;
    const auto &contracts = m_session->model().contracts;
    const auto it = std::find_if(contracts.begin(), contracts.end(), [id = currentId()](const Contract &c) {
        return c.id == id;
    });
    if (it == contracts.end())
        return;
    const Tenant *tenant = m_session->model().tenant(it->tenantId);
    const QString tenantName = tenant ? tenant->name : QString();
    const Status status = m_session->execute(new RemoveContractCommand(m_session, *it, tenantName));
    if (!status)
        showRejection(status.error().text());
}

void ContractsPanel::updateActions()
{
    const bool writable = m_session && !m_session->isReadOnly();
    addButton()->setEnabled(writable && tenantForNewContract() != kNoId && !m_session->model().halls.empty());
    removeButton()->setEnabled(writable && currentId() != kNoId);
}

} // namespace hectare::ui
