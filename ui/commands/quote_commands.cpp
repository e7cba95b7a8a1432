#include "quote_commands.h"

#include "session/document_session.h"

namespace hectare::ui {
namespace {

QString numberOf(const DocumentSession *session, Id quoteId)
{
    const Quote *quote = session->model().quote(quoteId);
    return quote ? quote->number : QString::number(quoteId);
}

Result<std::unique_ptr<QuoteCommand>> commandFor(DocumentSession *session, Result<QuoteChange> change,
                                                 const QString &text)
{
    if (!change)
        return change.error();
    return std::make_unique<QuoteCommand>(session, std::move(change.value()), text);
}

} // namespace

QuoteCommand::QuoteCommand(DocumentSession *session, QuoteChange change, const QString &text)
    : DocumentCommand(session, text),
      m_change(std::move(change))
{
}

Status QuoteCommand::write(const QuoteChange &change)
{
    const QDate today = session()->asOf();
    return session()->apply([&change, today](SqliteConnection &db) { return applyQuoteChange(db, change, today); },
                            DocumentSession::Touched::Quotes);
}

Status QuoteCommand::applyRedo() { return write(m_change); }
Status QuoteCommand::applyUndo() { return write(inverseOf(m_change)); }

std::unique_ptr<QuoteCommand> QuoteCommands::issue(DocumentSession *session, const Quote &quote)
{
    const QString text = quote.status == QuoteStatus::Reserved ? tr("Issue and reserve quote %1").arg(quote.number)
                                                               : tr("Issue quote %1").arg(quote.number);
    return std::make_unique<QuoteCommand>(session, issueQuoteChange(quote), text);
}

Result<std::unique_ptr<QuoteCommand>> QuoteCommands::reserve(DocumentSession *session, Id quoteId)
{
    return commandFor(session, reserveQuoteChange(session->model(), quoteId, session->asOf()),
                      tr("Reserve quote %1").arg(numberOf(session, quoteId)));
}

Result<std::unique_ptr<QuoteCommand>> QuoteCommands::convert(DocumentSession *session, Id quoteId)
{
    return commandFor(session, convertQuoteChange(session->model(), quoteId, session->asOf()),
                      tr("Convert quote %1 (signed)").arg(numberOf(session, quoteId)));
}

Result<std::unique_ptr<QuoteCommand>> QuoteCommands::cancel(DocumentSession *session, Id quoteId)
{
    return commandFor(session, cancelQuoteChange(session->model(), quoteId),
                      tr("Cancel quote %1").arg(numberOf(session, quoteId)));
}

Status QuoteCommands::execute(DocumentSession *session, Result<std::unique_ptr<QuoteCommand>> command)
{
    if (!command)
        return command.error();
    return session->execute(std::move(command).value().release());
}

} // namespace hectare::ui
