#include "quote_dialog_price.h"

#include "quote_lines_model.h"

#include "pricing/term_discount_table_model.h"
#include "quoting/money_format.h"
#include "quoting/quote_builder.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace hectare::ui {

QuotePricePanel::QuotePricePanel(QWidget *parent) : QWidget(parent)
{
    m_lines = new QuoteLinesModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("priceLines"));
    m_table->setModel(m_lines);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QuoteLinesModel::ItemColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 5);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("priceError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x2a, 0x24));
    m_error->setPalette(palette);
    m_error->hide();

    m_figuresBox = new QWidget(this);
    m_figures = new QFormLayout(m_figuresBox);
    m_figures->setContentsMargins(0, 0, 0, 0);
    m_figures->setLabelAlignment(Qt::AlignRight);
    m_figures->setVerticalSpacing(2);
    m_mrcSubtotal = addFigure(QStringLiteral("mrcSubtotal"), tr("Monthly charges:"));
    m_termDiscount = addFigure(QStringLiteral("termDiscount"), tr("Term discount:"));
    m_netMonthly = addFigure(QStringLiteral("netMonthly"), tr("Net monthly, year 1:"), true);
    m_years = addFigure(QStringLiteral("yearlyAmounts"), tr("By contract year:"));
    m_nrcTotal = addFigure(QStringLiteral("nrcTotal"), tr("One-time charges:"));
    m_totalExVat = addFigure(QStringLiteral("totalExVat"), tr("Total excl. VAT, whole term:"));
    m_vat = addFigure(QStringLiteral("vat"), tr("VAT:"));
    m_totalIncVat = addFigure(QStringLiteral("totalIncVat"), tr("Total incl. VAT:"), true);
    m_eur = addFigure(QStringLiteral("eurEquivalent"), tr("EUR equivalent:"));
    m_margin = addFigure(QStringLiteral("marginPerKw"), tr("Per committed kW:"));
    m_validity = addFigure(QStringLiteral("validity"), tr("Quote:"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_figuresBox);
    setFiguresVisible(false);
}

QLabel *QuotePricePanel::addFigure(const QString &objectName, const QString &label, bool emphasised)
{
    auto *value = new QLabel(m_figuresBox);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *caption = new QLabel(label, m_figuresBox);
    if (emphasised) {
        QFont font = value->font();
        font.setBold(true);
        value->setFont(font);
        caption->setFont(font);
    }
    m_figures->addRow(caption, value);
    return value;
}

void QuotePricePanel::setFiguresVisible(bool visible)
{
    m_figuresBox->setVisible(visible);
    m_table->setEnabled(visible);
}

void QuotePricePanel::showQuote(const Quote &quote, const QuoteTotals &totals)
{
    m_error->hide();
    m_lines->setLines(quote.lines, totals.lineAmounts);
    const QLocale locale;
    m_mrcSubtotal->setText(tr("%1 per month").arg(formatXof(totals.mrcSubtotal)));
    m_termDiscount->setText(totals.termDiscountRate > 0
                                ? tr("%1 (%2) per month").arg(formatXof(-totals.termDiscount),
                                                              basisPointsText(int(totals.termDiscountRate)))
                                : tr("None for %n month(s)", nullptr, quote.requirement.termMonths));
    m_netMonthly->setText(tr("%1 per month").arg(formatXof(totals.mrcNet)));

    QStringList years;
    for (const ContractYear &year : totals.years) {
        years << tr("Year %1: %2 × %3 = %4")
                     .arg(year.year)
                     .arg(year.months)
                     .arg(formatXof(year.monthly), formatXof(year.total));
    }
    years << tr("Recurring, whole term: %1").arg(formatXof(totals.recurringTotal));
    m_years->setText(years.join(QLatin1Char('\n')));
    m_years->setToolTip(quote.escalatorBasisPoints > 0
                            ? tr("Monthly charges rise by %1 each contract year from the 13th month")
                                  .arg(basisPointsText(quote.escalatorBasisPoints))
                            : QString());

    m_nrcTotal->setText(formatXof(totals.nrcTotal));
    m_totalExVat->setText(formatXof(totals.totalExVat));
    m_vat->setText(tr("%1 (%2)").arg(formatXof(totals.vat), basisPointsText(int(totals.vatRate))));
    m_totalIncVat->setText(formatXof(totals.totalIncVat));
    m_eur->setText(formatEurEquivalent(totals.totalIncVat));

    const QuoteRequirement &r = quote.requirement;
    if (r.costPerKwMonth > 0) {
        const Result<MarginPerKw> margin = marginPerKw(totals.mrcNet, r.committedKw(), r.costPerKwMonth);
        m_margin->setText(margin ? tr("revenue %1, margin %2 per kW per month (net of discount, year 1)")
                                       .arg(formatXof(margin->revenuePerKwMonth), formatXof(margin->marginPerKwMonth))
                                 : margin.error().text());
    } else {
        m_margin->setText(tr("Give a cost per kW to see the margin"));
    }
    m_validity->setText(tr("%1, valid until %2")
                            .arg(quote.number, locale.toString(quote.validUntil, QLocale::LongFormat)));
    setFiguresVisible(true);
}

void QuotePricePanel::showError(const QString &message)
{
    m_lines->clear();
    m_error->setText(message);
    m_error->show();
    setFiguresVisible(false);
}

} // namespace hectare::ui
