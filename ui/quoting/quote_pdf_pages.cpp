#include "quote_pdf_pages.h"

#include "quote_pdf_blocks.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <functional>
#include <vector>

namespace hectare::ui {
namespace {

constexpr double kBlockGapMm = 5;

using Block = std::function<double(QPainter *painter, double topMm)>;

// The blocks in reading order.
std::vector<Block> quoteBlocks(const SiteModel &model, const Quote &quote, const QuotePdfContent &content)
{
    std::vector<Block> blocks;
    blocks.emplace_back([&](QPainter *p, double top) { return paintLetterhead(p, top, content); });
    blocks.emplace_back([&](QPainter *p, double top) { return paintCustomer(p, top, content); });
    blocks.emplace_back(
        [&](QPainter *p, double top) { return paintRequirementAndPlacement(p, top, content, model, quote); });
    for (const QuotePdfTable &table : content.charges)
        blocks.emplace_back([&table](QPainter *p, double top) { return paintChargesTable(p, top, table); });
    blocks.emplace_back([&](QPainter *p, double top) { return paintTotals(p, top, content); });
    blocks.emplace_back([&](QPainter *p, double top) { return paintAmountInWords(p, top, content); });
    blocks.emplace_back([&](QPainter *p, double top) { return paintConditions(p, top, content); });
    blocks.emplace_back([&](QPainter *p, double top) { return paintSignatures(p, top, content); });
    return blocks;
}

struct PlacedBlock
{
    int page = 0;
    double topMm = 0;
};

// Blocks flow down the page; one that would cross the bottom starts the next page whole.
std::vector<PlacedBlock> placeBlocks(const std::vector<Block> &blocks)
{
    std::vector<PlacedBlock> placed;
    int page = 0;
    double y = kQuoteTopMm;
    for (const Block &block : blocks) {
        const double height = block(nullptr, y);
        if (y > kQuoteTopMm && y + height > kQuoteBottomMm) {
            ++page;
            y = kQuoteTopMm;
        }
        placed.push_back({page, y});
        y += height + kBlockGapMm;
    }
    return placed;
}

} // namespace

int paintQuotePages(QPainter &painter, QPagedPaintDevice &device, const SiteModel &model, const Quote &quote,
                    const QuotePdfContent &content)
{
    const std::vector<Block> blocks = quoteBlocks(model, quote, content);
    const std::vector<PlacedBlock> placed = placeBlocks(blocks);
    const int pageCount = placed.empty() ? 1 : placed.back().page + 1;

    painter.save();
    // One unit = one millimetre on paper, whatever the device's resolution.
    painter.scale(device.logicalDpiX() / 25.4, device.logicalDpiY() / 25.4);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    int page = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        while (placed[i].page > page) {
            paintFooter(painter, content, page + 1, pageCount);
            device.newPage();
            ++page;
        }
        blocks[i](&painter, placed[i].topMm);
    }
    paintFooter(painter, content, page + 1, pageCount);
    painter.restore();
    return pageCount;
}

} // namespace hectare::ui
