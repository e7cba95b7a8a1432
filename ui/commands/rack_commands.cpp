#include "rack_commands.h"

#include "session/document_session.h"

#include "store/model_writer.h"

#include <QCoreApplication>

namespace hectare::ui {

EditRackCommand::EditRackCommand(DocumentSession *session, const Rack &before, const Rack &after, const QString &text)
    : DocumentCommand(session, text), m_before(before), m_after(after)
{
}

Status EditRackCommand::write(const Rack &rack)
{
    return session()->apply([rack](SqliteConnection &db) { return updateRack(db, rack); },
                            DocumentSession::Touched::Rack, rack.id);
}

Status EditRackCommand::applyRedo() { return write(m_after); }
Status EditRackCommand::applyUndo() { return write(m_before); }

bool EditRackCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditRackCommand *>(other);
    if (next->m_before.id != m_after.id || next->text() != text())
        return false;
    m_after = next->m_after;
    return true;
}

QString EditRackCommand::describe(const Rack &before, const Rack &after)
{
    if (before.state != after.state)
        return QCoreApplication::translate("hectare::ui::EditRackCommand", "Change rack %1 state").arg(after.name);
    if (before.tenantId != after.tenantId)
        return QCoreApplication::translate("hectare::ui::EditRackCommand", "Change rack %1 tenant").arg(after.name);
    if (before.designKw != after.designKw)
        return QCoreApplication::translate("hectare::ui::EditRackCommand", "Change rack %1 design kW").arg(after.name);
    if (before.feedAPduId != after.feedAPduId || before.feedBPduId != after.feedBPduId)
        return QCoreApplication::translate("hectare::ui::EditRackCommand", "Change rack %1 feeds").arg(after.name);
    return QCoreApplication::translate("hectare::ui::EditRackCommand", "Change rack %1").arg(after.name);
}

} // namespace hectare::ui
