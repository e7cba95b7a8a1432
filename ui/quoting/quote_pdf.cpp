#include "quote_pdf.h"

#include "document_language.h"
#include "quote_pdf_content.h"
#include "quote_pdf_pages.h"

#include "quoting/quote_builder.h"
#include "words/amount_words.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <optional>

namespace hectare::ui {
namespace {

constexpr int kPdfDpi = 1200;

QString quotePath(const Quote &quote)
{
    return QCoreApplication::translate("hectare::QuotePdf", "Quote %1").arg(quote.number);
}

// The pages, in the quote's language: nullopt only if the painter could not start.
std::optional<QByteArray> renderPdf(const SiteModel &model, const Quote &quote, const QuotePdfContent &content)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kPdfDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    writer.setTitle(content.documentTitle);
    writer.setCreator(QStringLiteral("Hectare %1").arg(QStringLiteral(HECTARE_VERSION)));
    QPainter painter;
    if (!painter.begin(&writer))
        return std::nullopt;
    paintQuotePages(painter, writer, model, quote, content);
    painter.end();
    return pdf;
}

} // namespace

Status writeQuotePdf(const SiteModel &model, const Quote &quote, const QString &path)
{
    // What can fail is checked first, so that errors are in the window's language; the pages are
    // then built in the quote's.
    if (!DocumentLanguage::isSupported(quote.language))
        return Error{quotePath(quote), QCoreApplication::translate("hectare::QuotePdf", "language \"%1\" is not one of %2")
                                           .arg(quote.language, DocumentLanguage::supportedLanguages().join(QStringLiteral(", ")))};
    const Result<QuoteTotals> totals = quoteTotals(quote);
    if (!totals)
        return totals.error();
    if (const Result<QString> words = amountInWords(totals->totalIncVat, quote.language); !words)
        return Error{quotePath(quote), words.error().text()};

    std::optional<QByteArray> pdf;
    bool translated = true;
    {
        const DocumentLanguage language(quote.language);
        translated = language.isActive();
        if (translated) {
            const Result<QuotePdfContent> content = quotePdfContent(model, quote, language.locale());
            if (!content)
                return content.error();
            // The plan's own labels are painted in this scope too, so in the quote's language.
            pdf = renderPdf(model, quote, content.value());
        }
    }
    if (!translated)
        return Error{quotePath(quote), QCoreApplication::translate("hectare::QuotePdf", "the translations for \"%1\" are missing")
                                           .arg(quote.language)};
    if (!pdf)
        return Error{path, QCoreApplication::translate("hectare::QuotePdf", "cannot be written: the PDF could not be started")};

    // QSaveFile writes beside `path` and renames into place on commit: a failure leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
        return Error{path, QCoreApplication::translate("hectare::QuotePdf", "cannot be written: %1").arg(file.errorString())};
    return {};
}

} // namespace hectare::ui
