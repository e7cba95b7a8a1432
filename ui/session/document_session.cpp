#include "document_session.h"

#include "commands/document_command.h"

#include "capacity/capacity_budget.h"

#include <QUndoStack>

namespace hectare::ui {

DocumentSession::DocumentSession(std::unique_ptr<Document> document, bool isSample, QObject *parent)
    : QObject(parent),
      m_document(std::move(document)),
      m_report(std::make_unique<CapacityReport>()),
      m_undoStack(new QUndoStack(this)),
      m_isSample(isSample),
      m_asOf(QDate::currentDate())
{
    recomputeCapacity();
}

DocumentSession::~DocumentSession() = default;

Status DocumentSession::execute(DocumentCommand *command)
{
    const Status status = command->applyRedo();
    if (!status) {
        delete command;
        return status;
    }
    command->markApplied();
    m_undoStack->push(command);
    return {};
}

Status DocumentSession::apply(const Document::Edit &edit, Touched touched, Id id)
{
    const Status status = m_document->change(edit);
    if (!status)
        return status;
    recomputeCapacity();
    switch (touched) {
    case Touched::Rack: Q_EMIT rackChanged(id); break;
    case Touched::Tenants: Q_EMIT tenantsReset(); break;
    case Touched::Contracts: Q_EMIT contractsReset(); break;
    case Touched::Site: Q_EMIT siteChanged(); break;
    case Touched::Scenarios: Q_EMIT scenariosReset(); break;
    case Touched::Layout: Q_EMIT layoutChanged(id); break;
    case Touched::PriceBook: Q_EMIT priceBookChanged(); break;
    case Touched::Quotes:
        Q_EMIT quotesReset();
        Q_EMIT tenantsReset();
        Q_EMIT contractsReset();
        Q_EMIT layoutChanged(kNoId);
        break;
    case Touched::FailureScenarios: Q_EMIT failureScenariosReset(); break;
    }
    Q_EMIT capacityChanged();
    return {};
}

void DocumentSession::recomputeCapacity() { *m_report = computeCapacity(m_document->model(), m_asOf); }

} // namespace hectare::ui
