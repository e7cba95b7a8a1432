#pragma once

#include "model/error.h"

#include <QUndoCommand>

namespace hectare::ui {

class DocumentSession;

// One user edit: redo and undo each run one core edit in one transaction.
// DocumentSession::execute() runs the first redo itself, so that an edit core refuses never
// reaches the undo stack; QUndoStack's own first redo() is then skipped.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(DocumentSession *session, const QString &text);

    virtual Status applyRedo() = 0;
    virtual Status applyUndo() = 0;

    void markApplied() { m_skipNextRedo = true; }
    void redo() final;
    void undo() final;

protected:
    DocumentSession *session() const { return m_session; }

private:
    void report(const Status &status);

    DocumentSession *m_session;
    bool m_skipNextRedo = false;
};

} // namespace hectare::ui
