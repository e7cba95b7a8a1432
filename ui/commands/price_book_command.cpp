#include "price_book_command.h"

#include "session/document_session.h"

#include "model/model_validation.h"
#include "store/model_writer.h"

namespace hectare::ui {

EditPriceBookCommand::EditPriceBookCommand(DocumentSession *session, const PriceBook &before, const PriceBook &after,
                                           const QString &text)
    : DocumentCommand(session, text),
      m_before(before),
      m_after(after)
{
}

Status EditPriceBookCommand::write(const PriceBook &book)
{
    // The file's CHECK constraints would refuse a negative price too, but with SQLite's words;
    // the validator says which item and field, as Document::change would after the write.
    SiteModel candidate = session()->model();
    candidate.priceBook = book;
    const std::vector<Error> errors = validateModel(candidate, 1);
    if (!errors.empty())
        return errors.front();
    return session()->apply([book](SqliteConnection &db) { return updatePriceBook(db, book); },
                            DocumentSession::Touched::PriceBook);
}

Status EditPriceBookCommand::applyRedo() { return write(m_after); }
Status EditPriceBookCommand::applyUndo() { return write(m_before); }

} // namespace hectare::ui
