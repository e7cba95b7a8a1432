#pragma once

#include "document_command.h"

#include "model/layout.h"
#include "model/scenario.h"
#include "model/tenant.h"

#include <vector>

namespace hectare::ui {

class EditTenantCommand : public DocumentCommand
{
public:
    EditTenantCommand(DocumentSession *session, const Tenant &before, const Tenant &after);
    Status applyRedo() override;
    Status applyUndo() override;

private:
    Tenant m_before;
    Tenant m_after;
};

class AddTenantCommand : public DocumentCommand
{
public:
    AddTenantCommand(DocumentSession *session, const Tenant &tenant);
    Status applyRedo() override;
    Status applyUndo() override;

private:
    Tenant m_tenant;
};

// Removing a tenant removes its contracts, its growth rates in scenarios and its cages with it
// (the file cascades the deletes); undo brings all of them back with their ids.
class RemoveTenantCommand : public DocumentCommand
{
public:
    RemoveTenantCommand(DocumentSession *session, const Tenant &tenant, const std::vector<Contract> &contracts);
    Status applyRedo() override;
    Status applyUndo() override;

private:
    Tenant m_tenant;
    std::vector<Contract> m_contracts;
    std::vector<Scenario> m_scenariosWithGrowth;   // as they were, to restore the cascaded rates
    std::vector<Cage> m_cages;                     // the tenant's cages, which the file cascades too
};

class EditContractCommand : public DocumentCommand
{
public:
    EditContractCommand(DocumentSession *session, const Contract &before, const Contract &after, const QString &text);
    Status applyRedo() override;
    Status applyUndo() override;

private:
    Contract m_before;
    Contract m_after;
};

class AddContractCommand : public DocumentCommand
{
public:
    AddContractCommand(DocumentSession *session, const Contract &contract, const QString &tenantName);
    Status applyRedo() override;
    Status applyUndo() override;

private:
    Contract m_contract;
};

class RemoveContractCommand : public DocumentCommand
{
public:
    RemoveContractCommand(DocumentSession *session, const Contract &contract, const QString &tenantName);
    Status applyRedo() override;
    Status applyUndo() override;

private:
    Contract m_contract;
};

} // namespace hectare::ui
