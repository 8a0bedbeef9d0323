#include "models/ModelRoles.h"
#include "style/StatusDelegate.h"

#include "tests/desktop/support/TestMain.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace wither::desktop;

/// The status delegate paints the model's colour as a dot and the word next to it.
class TestStatusDelegate : public QObject {
    Q_OBJECT
private slots:
    void paintsDotInModelColourAndWord();
    void widerThanTextAlone();
};

namespace {
int countPixels(const QImage& image, const QColor& color) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - color.red()) < 8 && qAbs(c.green() - color.green()) < 8 &&
                qAbs(c.blue() - color.blue()) < 8) {
                ++n;
            }
        }
    }
    return n;
}
} // namespace

void TestStatusDelegate::paintsDotInModelColourAndWord() {
    QStandardItemModel model(1, 1);
    const QColor dot(0x1e, 0x8e, 0x3e);
    model.setData(model.index(0, 0), QStringLiteral("Active"));
    model.setData(model.index(0, 0), dot, StatusColorRole);
    QTableView view;
    view.setModel(&model);
    StatusDelegate delegate;
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.rect = QRect(0, 0, 160, 28);
    option.state |= QStyle::State_Enabled;
    QImage image(option.rect.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    delegate.paint(&painter, option, model.index(0, 0));
    painter.end();
    QVERIFY2(countPixels(image, dot) > 10, "the dot is painted in the model's colour");
    // The word is painted in the text colour to the right of the dot.
    const QImage right = image.copy(QRect(24, 0, 136, 28));
    QVERIFY(countPixels(right, option.palette.color(QPalette::Text)) > 0 || countPixels(right, Qt::black) > 0);

    // Without a colour, no dot: the left edge stays background.
    model.setData(model.index(0, 0), QVariant(), StatusColorRole);
    QImage plain(option.rect.size(), QImage::Format_ARGB32);
    plain.fill(Qt::white);
    QPainter p2(&plain);
    delegate.paint(&p2, option, model.index(0, 0));
    p2.end();
    QCOMPARE(countPixels(plain, dot), 0);
}

void TestStatusDelegate::widerThanTextAlone() {
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QStringLiteral("Rate Limited"));
    QTableView view;
    view.setModel(&model);
    StatusDelegate delegate;
    QStyledItemDelegate plain;
    QStyleOptionViewItem option;
    option.initFrom(&view);
    QVERIFY(delegate.sizeHint(option, model.index(0, 0)).width() > plain.sizeHint(option, model.index(0, 0)).width());
}

WITHER_DESKTOP_TEST_MAIN(TestStatusDelegate)
#include "TestStatusDelegate.moc"
