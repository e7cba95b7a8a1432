#pragma once

#include "sheet_ink.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace hectare::ui {

// What the title block says, every field already in words.
struct TitleBlockContent
{
    QString company;
    QString site;
    QString hall;
    QString drawingTitle;
    QString scale;      // "1:50"
    QString date;       // in the locale's short format
    QString revision;
    QString author;
    QString sheet;      // "2 / 5"
    QString stateOn;    // the date the plan shows the hall as it stands on
};

// The title block: a grid of captioned fields, company on top, drawing title across, scale, date,
// revision and sheet number in a row, author and state date at the bottom.
void paintTitleBlock(QPainter &painter, const QRectF &rectMm, const TitleBlockContent &content, const SheetInk &ink);

// A scale bar: `segments` alternating black and white segments of `segmentM` metres, the first
// one also ticked in tenths.
struct ScaleBarDivisions
{
    double segmentM = 1;
    int segments = 0;
    double lengthMm = 0;   // on paper
};

// The longest bar of 2 to 5 round segments (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5 … m) not longer than
// `maxLengthMm` on paper at 1:denominator.
ScaleBarDivisions scaleBarDivisions(int denominator, double maxLengthMm);

// The scale ("Scale 1:50") and its bar, with the north arrow at the right of `rectMm`.
void paintScaleAndNorth(QPainter &painter, const QRectF &rectMm, int denominator, const SheetInk &ink);

} // namespace hectare::ui
