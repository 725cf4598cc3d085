package org.goldenthread.notice;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) for the tests, on a free port chosen once for the whole run, so
 * that the mail tests share one application context. It can be stopped, to play a mail server that
 * is down, and started again on the same port.
 */
final class MailServer {

  static final int PORT = freePort();

  private static GreenMail server = start();
  private static boolean running = true;

  private MailServer() {}

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static GreenMail start() {
    GreenMail mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return mail;
  }

  static synchronized void down() {
    server.stop();
    running = false;
  }

  /** Started again on the same port, empty, unless it is running already. */
  static synchronized void up() {
    if (!running) {
      server = start();
      running = true;
    }
  }

  /** Every message received since the server last started. */
  static synchronized List<MimeMessage> received() {
    return Arrays.asList(server.getReceivedMessages());
  }

  /** The messages sent to one address. */
  static List<MimeMessage> to(String address) {
    return received().stream().filter(m -> recipient(m).equalsIgnoreCase(address)).toList();
  }

  static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Messages not in {@code seen} (by their Message-ID), which are added to it. */
  static List<MimeMessage> newSince(java.util.Set<String> seen) {
    return received().stream().filter(m -> seen.add(id(m))).toList();
  }

  static String id(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(MimeMessage message) {
    try {
      return message.getContent().toString().replace("\r\n", "\n");
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
