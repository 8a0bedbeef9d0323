#pragma once

#include <QMessageBox>
#include <QString>

namespace wither::desktop {

/// Modal questions that tests can answer in advance (the KeePassXC pattern): after setNextAnswer() the next
/// call returns that answer at once instead of showing a box.
class MessageBox {
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                               QMessageBox::StandardButton defaultButton = QMessageBox::Ok);
    static void information(QWidget* parent, const QString& title, const QString& text);

    /// The answer the next box returns without showing; NoButton shows boxes again.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// The text of the most recent box (shown or answered in advance), for tests.
    static QString lastText();
    /// How many boxes were asked for since start-up.
    static int count();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                           const QString& text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
};

} // namespace wither::desktop
