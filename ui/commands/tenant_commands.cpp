#include "tenant_commands.h"

#include "session/document_session.h"

#include "store/layout_writer.h"
#include "store/model_writer.h"
#include "store/scenario_store.h"

#include <algorithm>

#include <QCoreApplication>

namespace hectare::ui {
namespace {

using Touched = DocumentSession::Touched;

} // namespace

EditTenantCommand::EditTenantCommand(DocumentSession *session, const Tenant &before, const Tenant &after)
    : DocumentCommand(session, QCoreApplication::translate("hectare::ui::TenantCommands", "Edit tenant %1").arg(after.name)),
      m_before(before),
      m_after(after)
{
}

Status EditTenantCommand::applyRedo()
{
    return session()->apply([t = m_after](SqliteConnection &db) { return updateTenant(db, t); }, Touched::Tenants);
}

Status EditTenantCommand::applyUndo()
{
    return session()->apply([t = m_before](SqliteConnection &db) { return updateTenant(db, t); }, Touched::Tenants);
}

AddTenantCommand::AddTenantCommand(DocumentSession *session, const Tenant &tenant)
    : DocumentCommand(session, QCoreApplication::translate("hectare::ui::TenantCommands", "Add tenant %1").arg(tenant.name)), m_tenant(tenant)
{
}

Status AddTenantCommand::applyRedo()
{
    return session()->apply([t = m_tenant](SqliteConnection &db) { return insertTenant(db, t); }, Touched::Tenants);
}

Status AddTenantCommand::applyUndo()
{
    return session()->apply([id = m_tenant.id](SqliteConnection &db) { return deleteTenant(db, id); },
                            Touched::Tenants);
}

RemoveTenantCommand::RemoveTenantCommand(DocumentSession *session, const Tenant &tenant,
                                         const std::vector<Contract> &contracts)
    : DocumentCommand(session, QCoreApplication::translate("hectare::ui::TenantCommands", "Remove tenant %1").arg(tenant.name)),
      m_tenant(tenant),
      m_contracts(contracts)
{
    for (const Scenario &scenario : session->model().scenarios) {
        const auto &rates = scenario.tenantGrowth;
        if (std::any_of(rates.begin(), rates.end(), [&](const TenantGrowth &g) { return g.tenantId == tenant.id; }))
            m_scenariosWithGrowth.push_back(scenario);
    }
    for (const Cage &cage : session->model().cages)
        if (cage.tenantId == tenant.id)
            m_cages.push_back(cage);
}

Status RemoveTenantCommand::applyRedo()
{
    // The contracts go with the tenant (ON DELETE CASCADE); both lists are reset.
    const Status status = session()->apply(
        [id = m_tenant.id](SqliteConnection &db) { return deleteTenant(db, id); }, Touched::Tenants);
    if (status) {
        Q_EMIT session()->contractsReset();
        if (!m_scenariosWithGrowth.empty())
            Q_EMIT session()->scenariosReset();
        if (!m_cages.empty())
            Q_EMIT session()->layoutChanged(kNoId);
    }
    return status;
}

Status RemoveTenantCommand::applyUndo()
{
    LayoutChange cages;
    cages.cages = m_cages;
    const Status status = session()->apply(
        [t = m_tenant, contracts = m_contracts, scenarios = m_scenariosWithGrowth, cages](SqliteConnection &db) {
            Status s = insertTenant(db, t);
            for (const Contract &c : contracts) {
                if (!s)
                    break;
                s = insertContract(db, c);
            }
            for (const Scenario &scenario : scenarios) {
                if (!s)
                    break;
                s = updateScenario(db, scenario);
            }
            if (s)
                s = applyLayoutChange(db, cages);
            return s;
        },
        Touched::Tenants);
    if (status) {
        Q_EMIT session()->contractsReset();
        if (!m_scenariosWithGrowth.empty())
            Q_EMIT session()->scenariosReset();
        if (!m_cages.empty())
            Q_EMIT session()->layoutChanged(kNoId);
    }
    return status;
}

EditContractCommand::EditContractCommand(DocumentSession *session, const Contract &before, const Contract &after,
                                         const QString &text)
    : DocumentCommand(session, text), m_before(before), m_after(after)
{
}

Status EditContractCommand::applyRedo()
{
    return session()->apply([c = m_after](SqliteConnection &db) { return updateContract(db, c); }, Touched::Contracts);
}

Status EditContractCommand::applyUndo()
{
    return session()->apply([c = m_before](SqliteConnection &db) { return updateContract(db, c); },
                            Touched::Contracts);
}

AddContractCommand::AddContractCommand(DocumentSession *session, const Contract &contract, const QString &tenantName)
    : DocumentCommand(session, QCoreApplication::translate("hectare::ui::TenantCommands", "Add contract for %1").arg(tenantName)),
      m_contract(contract)
{
}

Status AddContractCommand::applyRedo()
{
    return session()->apply([c = m_contract](SqliteConnection &db) { return insertContract(db, c); },
                            Touched::Contracts);
}

Status AddContractCommand::applyUndo()
{
    return session()->apply([id = m_contract.id](SqliteConnection &db) { return deleteContract(db, id); },
                            Touched::Contracts);
}

RemoveContractCommand::RemoveContractCommand(DocumentSession *session, const Contract &contract,
                                             const QString &tenantName)
    : DocumentCommand(session, QCoreApplication::translate("hectare::ui::TenantCommands", "Remove contract of %1").arg(tenantName)),
      m_contract(contract)
{
}

Status RemoveContractCommand::applyRedo()
{
    return session()->apply([id = m_contract.id](SqliteConnection &db) { return deleteContract(db, id); },
                            Touched::Contracts);
}

Status RemoveContractCommand::applyUndo()
{
    return session()->apply([c = m_contract](SqliteConnection &db) { return insertContract(db, c); },
                            Touched::Contracts);
}

} // namespace hectare::ui
