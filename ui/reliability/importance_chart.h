#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

class QCPBars;
class QCPTextElement;
class QCustomPlot;
class QLabel;

namespace hectare::reliability {
struct SiteAvailability;
}

namespace hectare::ui {

// The units that cause most of the site's downtime, from SiteAvailability::importance: the top
// ten by share of the site's downtime, as horizontal bars with their names, the largest at the
// top, each labelled with its share and its hours a year. Shares need not add up to 100 %
// (availability_mc.h: hours that needed two failures count for both).
class ImportanceChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kShown = 10;

    explicit ImportanceChart(QWidget *parent = nullptr);

    void setResult(const reliability::SiteAvailability &result);
    void clear(const QString &message);

    // The bars on screen, top to bottom: names and shares in percent.
    QStringList plottedNames() const { return m_names; }
    QVector<double> plottedShares() const;
    QCustomPlot *plot() const { return m_plot; }

private:
    QCustomPlot *m_plot = nullptr;
    QLabel *m_message = nullptr;
    QCPTextElement *m_title = nullptr;
    QCPBars *m_bars = nullptr;
    QStringList m_names;
};

} // namespace hectare::ui
