#pragma once

#include "model/quote.h"
#include "quoting/quote_math.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableView;

namespace hectare::ui {

class QuoteLinesModel;

// What the quote costs, all figures core's (buildQuote, quoteTotals, marginPerKw) formatted with
// formatXof: the priced lines, then monthly subtotal, term discount, net monthly, each contract
// year, one-time charges, total excluding VAT, VAT, total including VAT, its EUR equivalent, and
// the margin per kW when a cost was given. An error from core replaces the figures, word for word.
class QuotePricePanel : public QWidget
{
    Q_OBJECT

public:
    explicit QuotePricePanel(QWidget *parent = nullptr);

    void showQuote(const Quote &quote, const QuoteTotals &totals);
    void showError(const QString &message);

private:
    QLabel *addFigure(const QString &objectName, const QString &label, bool emphasised = false);
    void setFiguresVisible(bool visible);

    QuoteLinesModel *m_lines = nullptr;
    QTableView *m_table = nullptr;
    QFormLayout *m_figures = nullptr;
    QWidget *m_figuresBox = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_mrcSubtotal = nullptr;
    QLabel *m_termDiscount = nullptr;
    QLabel *m_netMonthly = nullptr;
    QLabel *m_years = nullptr;
    QLabel *m_nrcTotal = nullptr;
    QLabel *m_totalExVat = nullptr;
    QLabel *m_vat = nullptr;
    QLabel *m_totalIncVat = nullptr;
    QLabel *m_eur = nullptr;
    QLabel *m_margin = nullptr;
    QLabel *m_validity = nullptr;
};

} // namespace hectare::ui
