#include "document_command.h"

#include "session/document_session.h"

namespace hectare::ui {

DocumentCommand::DocumentCommand(DocumentSession *session, const QString &text) : QUndoCommand(text), m_session(session)
{
}

void DocumentCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    report(applyRedo());
}

void DocumentCommand::undo() { report(applyUndo()); }

void DocumentCommand::report(const Status &status)
{
    // QUndoCommand cannot fail; if core refuses (the file went read-only, the disk is full)
    // the document keeps its last committed state and the user is told.
    if (!status)
        Q_EMIT m_session->editFailed(status.error().text());
}

} // namespace hectare::ui
