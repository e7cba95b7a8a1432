#pragma once

#include <QGraphicsItem>

namespace hectare::ui {

// A corner of the hall's outline while Edit Outline is on: a small square of constant size on
// screen, drawn over everything. The editor moves it and reads which corner it stands for; it
// is not selectable in the scene's sense, so that the racks' selection is left alone.
class OutlineHandleItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 20 };

    explicit OutlineHandleItem(int vertex);

    int type() const override { return Type; }
    int vertex() const { return m_vertex; }
    bool isCurrent() const { return m_current; }
    void setCurrent(bool current);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_vertex;
    bool m_current = false;
};

} // namespace hectare::ui
