# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'composer_text.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ComposerTextForm(object):
    def setupUi(self, ComposerTextForm):
        if not ComposerTextForm.objectName():
            ComposerTextForm.setObjectName(u"ComposerTextForm")
        ComposerTextForm.resize(560, 360)
        self.textFormLayout = QVBoxLayout(ComposerTextForm)
        self.textFormLayout.setSpacing(4)
        self.textFormLayout.setObjectName(u"textFormLayout")
        self.textFormLayout.setContentsMargins(6, 6, 6, 6)
        self.subjectLayout = QHBoxLayout()
        self.subjectLayout.setSpacing(6)
        self.subjectLayout.setObjectName(u"subjectLayout")
        self.subjectLabel = QLabel(ComposerTextForm)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.subjectLayout.addWidget(self.subjectLabel)

        self.subjectEdit = QLineEdit(ComposerTextForm)
        self.subjectEdit.setObjectName(u"subjectEdit")
        self.subjectEdit.setMaxLength(200)

        self.subjectLayout.addWidget(self.subjectEdit)


        self.textFormLayout.addLayout(self.subjectLayout)

        self.bodyEdit = QPlainTextEdit(ComposerTextForm)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.textFormLayout.addWidget(self.bodyEdit)

#if QT_CONFIG(shortcut)
        self.subjectLabel.setBuddy(self.subjectEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ComposerTextForm)

        QMetaObject.connectSlotsByName(ComposerTextForm)
    # setupUi

    def retranslateUi(self, ComposerTextForm):
#if QT_CONFIG(accessibility)
        ComposerTextForm.setAccessibleName(QCoreApplication.translate("ComposerTextForm", u"Text in one language", None))
#endif // QT_CONFIG(accessibility)
        self.subjectLabel.setText(QCoreApplication.translate("ComposerTextForm", u"E-mail &subject:", None))
#if QT_CONFIG(accessibility)
        self.subjectEdit.setAccessibleName(QCoreApplication.translate("ComposerTextForm", u"E-mail subject", None))
#endif // QT_CONFIG(accessibility)
        self.subjectEdit.setPlaceholderText(QCoreApplication.translate("ComposerTextForm", u"What and where, e.g. Burglaries in the Kerkwijk", None))
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("ComposerTextForm", u"Message text", None))
#endif // QT_CONFIG(accessibility)
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("ComposerTextForm", u"The message as members will read it. Say what happened, where, and what they can do.", None))
    # retranslateUi

