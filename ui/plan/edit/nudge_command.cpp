#include "nudge_command.h"

#include "session/document_session.h"

#include "store/layout_writer.h"

namespace hectare::ui {

NudgeCommand::NudgeCommand(DocumentSession *session, Id hallId, LayoutSelection selection, LayoutChange change,
                           const QString &text)
    : DocumentCommand(session, text),
      m_hallId(hallId),
      m_selection(std::move(selection)),
      m_change(std::move(change)),
      m_inverse(inverseOf(m_change, session->model()))
{
}

Status NudgeCommand::write(const LayoutChange &change)
{
    return session()->apply([&change](SqliteConnection &db) { return applyLayoutChange(db, change); },
                            DocumentSession::Touched::Layout, m_hallId);
}

Status NudgeCommand::applyRedo() { return write(m_change); }
Status NudgeCommand::applyUndo() { return write(m_inverse); }

bool NudgeCommand::mergeWith(const QUndoCommand *other)
{
    // The next nudge starts where this one ended and writes the same objects: redoing the pair
    // is writing its result, undoing it is writing what was there before this one.
    const auto *next = static_cast<const NudgeCommand *>(other);
    if (next->m_hallId != m_hallId || next->m_selection != m_selection)
        return false;
    m_change = next->m_change;
    return true;
}

} // namespace hectare::ui
