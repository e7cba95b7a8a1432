#pragma once

#include "document_command.h"

#include "quoting/reservations.h"

#include <QCoreApplication>

#include <memory>

namespace hectare::ui {

// One action on quotes (issue, reserve, convert, cancel) as one undo step: redo writes the
// change, undo writes inverseOf(change), each with applyQuoteChange() in one transaction at the
// session's date. A hold is checked against the file inside that transaction, so redoing a
// reservation whose positions someone else took meanwhile is refused, not forced.
class QuoteCommand : public DocumentCommand
{
public:
    QuoteCommand(DocumentSession *session, QuoteChange change, const QString &text);
    Status applyRedo() override;
    Status applyUndo() override;

    const QuoteChange &change() const { return m_change; }

private:
    Status write(const QuoteChange &change);

    QuoteChange m_change;
};

// The commands of the sales actions, built from the session's model by core's builders; an
// action core refuses (a lapsed quote, one without a placement…) comes back as its Error.
class QuoteCommands
{
    Q_DECLARE_TR_FUNCTIONS(hectare::ui::QuoteCommands)

public:
    // Issues `quote` (Issued, or Reserved to hold its positions at once).
    static std::unique_ptr<QuoteCommand> issue(DocumentSession *session, const Quote &quote);
    static Result<std::unique_ptr<QuoteCommand>> reserve(DocumentSession *session, Id quoteId);
    // The customer signed: tenant, contract and occupied positions (convertQuoteChange).
    static Result<std::unique_ptr<QuoteCommand>> convert(DocumentSession *session, Id quoteId);
    static Result<std::unique_ptr<QuoteCommand>> cancel(DocumentSession *session, Id quoteId);

    // Runs a command built above as one undo step; the builder's or core's refusal otherwise.
    static Status execute(DocumentSession *session, Result<std::unique_ptr<QuoteCommand>> command);
};

} // namespace hectare::ui
