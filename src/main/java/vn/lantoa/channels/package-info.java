/**
 * The social channels of every unit: the registry of fanpages, Facebook and Zalo groups, Zalo OAs,
 * YouTube and TikTok channels and websites; their audience day by day (from the platform's API where
 * one exists, from manual entry or file import where none does); their posts and engagement;
 * cross-posting of published stories; comment moderation, the page inbox, and cadres' participation.
 * Page tokens are stored encrypted. Facebook and Zalo are reached only through connectors, which the
 * tests run against a local HTTP server answering as the documented APIs do.
 */
@ApplicationModule(displayName = "Channels", allowedDependencies = {"org", "accounts", "newsroom", "media", "common"})
package vn.lantoa.channels;

import org.springframework.modulith.ApplicationModule;
