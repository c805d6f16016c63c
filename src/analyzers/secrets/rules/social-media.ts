import { ALNUM, BASE64URL, fakeToken, HEX, UPPER_ALNUM } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { DIGITS, fakeOf, fakeUuid } from './fake-parts.js';
import { keyedRule as keyed } from './keyed-rule.js';
import { UUID } from './nearby.js';
import { prefixedRule as prefixed } from './prefixed-rule.js';

// Social networks, media and content APIs. Most issue bare keys, found by the setting that names them.
const hex = (length: number) => fakeOf(HEX, length);
const alnum = (length: number) => fakeOf(ALNUM, length);

export default [
  keyed('twitter-api-key', 'X (Twitter) API key (consumer key)', ['twitter'], '[A-Za-z0-9]{25}', alnum(25)),
  keyed('twitter-api-secret', 'X (Twitter) API secret (consumer secret)', ['twitter'], '[A-Za-z0-9]{50}', alnum(50), {
    setting: 'TWITTER_API_SECRET',
  }),
  keyed(
    'twitter-access-token',
    'X (Twitter) user access token',
    ['twitter'],
    '[0-9]{15,25}-[A-Za-z0-9]{20,40}',
    () => `${fakeToken(DIGITS, 19)}-${fakeToken(ALNUM, 40)}`,
    { setting: 'TWITTER_ACCESS_TOKEN' },
  ),
  keyed('twitter-access-secret', 'X (Twitter) access token secret', ['twitter'], '[A-Za-z0-9]{45}', alnum(45), {
    setting: 'TWITTER_ACCESS_TOKEN_SECRET',
  }),
  keyed('facebook-app-secret', 'Facebook / Meta app secret', ['facebook', 'fb_app'], '[a-f0-9]{32}', hex(32), {
    kind: 'secret',
    setting: 'FACEBOOK_APP_SECRET',
  }),
  prefixed('instagram-access-token', 'Instagram user access token', 'IGQV', '[A-Za-z0-9_-]{100,400}', () =>
    fakeToken(BASE64URL, 180),
  ),
  keyed(
    'linkedin-client-secret',
    'LinkedIn OAuth client secret',
    ['linkedin', 'linked_in'],
    '[A-Za-z0-9]{16}',
    alnum(16),
    {
      kind: 'secret',
      setting: 'LINKEDIN_CLIENT_SECRET',
    },
  ),
  keyed(
    'twitch-client-secret',
    'Twitch client secret or access token',
    ['twitch'],
    '[a-z0-9]{30}',
    fakeOf('abcdefghijklmnopqrstuvwxyz0123456789', 30),
    {
      kind: 'secret|token',
      setting: 'TWITCH_CLIENT_SECRET',
    },
  ),
  keyed('reddit-client-secret', 'Reddit app client secret', ['reddit'], '[A-Za-z0-9_-]{27,30}', fakeOf(BASE64URL, 30), {
    kind: 'secret',
    setting: 'REDDIT_CLIENT_SECRET',
  }),
  keyed('spotify-client-secret', 'Spotify app client secret', ['spotify'], '[a-f0-9]{32}', hex(32), {
    kind: 'secret',
    setting: 'SPOTIFY_CLIENT_SECRET',
  }),
  keyed('vimeo-access-token', 'Vimeo access token', ['vimeo'], '[a-f0-9]{32}', hex(32), {
    kind: 'token|secret',
    setting: 'VIMEO_ACCESS_TOKEN',
  }),
  keyed('mastodon-access-token', 'Mastodon access token', ['mastodon'], '[A-Za-z0-9_-]{43}', fakeOf(BASE64URL, 43), {
    kind: 'token|secret',
    setting: 'MASTODON_ACCESS_TOKEN',
  }),
  keyed('flickr-api-key', 'Flickr API key', ['flickr'], '[a-f0-9]{32}', hex(32)),
  keyed('imgur-client-secret', 'Imgur client secret', ['imgur'], '[a-f0-9]{40}', hex(40), {
    kind: 'secret',
    setting: 'IMGUR_CLIENT_SECRET',
  }),
  keyed(
    'unsplash-access-key',
    'Unsplash access or secret key',
    ['unsplash'],
    '[A-Za-z0-9_-]{43}',
    fakeOf(BASE64URL, 43),
    {
      setting: 'UNSPLASH_ACCESS_KEY',
    },
  ),
  keyed('giphy-api-key', 'GIPHY API key', ['giphy'], '[A-Za-z0-9]{32}', alnum(32)),
  keyed('pexels-api-key', 'Pexels API key', ['pexels'], '[A-Za-z0-9]{56}', alnum(56)),
  keyed('yelp-api-key', 'Yelp Fusion API key', ['yelp'], '[A-Za-z0-9_-]{128}', fakeOf(BASE64URL, 128)),
  prefixed('foursquare-api-key', 'Foursquare Places API key', 'fsq3', '[A-Za-z0-9+/]{44}', fakeOf(ALNUM, 44)),
  keyed('lastfm-api-secret', 'Last.fm API key or shared secret', ['lastfm', 'last_fm'], '[a-f0-9]{32}', hex(32)),
  keyed('tmdb-api-key', 'The Movie Database (TMDB) API key', ['tmdb'], '[a-f0-9]{32}', hex(32)),
  keyed('nytimes-api-key', 'New York Times API key', ['nytimes', 'nyt_api'], '[A-Za-z0-9]{32}', alnum(32)),
  keyed('newsapi-key', 'NewsAPI key', ['newsapi', 'news_api'], '[a-f0-9]{32}', hex(32)),
  keyed('steam-web-api-key', 'Steam Web API key', ['steam'], '[A-F0-9]{32}', fakeOf('0123456789ABCDEF', 32), {
    whole: true,
    kind: 'key',
  }),
  prefixed('riot-games-api-key', 'Riot Games API key', 'RGAPI-', UUID, fakeUuid),
  keyed(
    'dropbox-long-lived-token',
    'Dropbox long-lived access token',
    ['dropbox'],
    '[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}',
    () => `${fakeToken(ALNUM, 11)}AAAAAAAAAA${fakeToken(BASE64URL, 43)}`,
  ),
  keyed('box-client-secret', 'Box client secret or developer token', ['box'], '[A-Za-z0-9]{32}', alnum(32), {
    whole: true,
    kind: 'secret|token',
    setting: 'BOX_CLIENT_SECRET',
  }),
  keyed(
    'discord-client-secret',
    'Discord OAuth client secret',
    ['discord'],
    '[A-Za-z0-9_-]{32}',
    fakeOf(BASE64URL, 32),
    {
      kind: 'secret',
      setting: 'DISCORD_CLIENT_SECRET',
    },
  ),
  keyed('slack-signing-secret', 'Slack app signing or client secret', ['slack'], '[a-f0-9]{32}', hex(32), {
    kind: 'secret',
    setting: 'SLACK_SIGNING_SECRET',
  }),
  keyed('zoom-client-secret', 'Zoom app client secret', ['zoom'], '[A-Za-z0-9]{32}', alnum(32), {
    whole: true,
    kind: 'secret',
    setting: 'ZOOM_CLIENT_SECRET',
  }),
  keyed('tomtom-api-key', 'TomTom API key', ['tomtom'], '[A-Za-z0-9]{32}', alnum(32)),
  keyed('bing-maps-key', 'Bing Maps key', ['bing'], '[A-Za-z0-9_-]{64}', fakeOf(BASE64URL, 64), {
    whole: true,
    kind: 'key',
    setting: 'BING_MAPS_KEY',
  }),
  keyed('opencage-api-key', 'OpenCage geocoder API key', ['opencage'], '[a-f0-9]{32}', hex(32)),
  keyed(
    'locationiq-api-key',
    'LocationIQ access token',
    ['locationiq'],
    'pk\\.[a-f0-9]{32}',
    () => `pk.${fakeToken(HEX, 32)}`,
  ),
  keyed('openweather-api-key', 'OpenWeather API key', ['openweather', 'owm_api'], '[a-f0-9]{32}', hex(32)),
  keyed('eventbrite-token', 'Eventbrite private token', ['eventbrite'], '[A-Z0-9]{20}', fakeOf(UPPER_ALNUM, 20)),
  keyed('ticketmaster-api-key', 'Ticketmaster consumer key', ['ticketmaster'], '[A-Za-z0-9]{32}', alnum(32)),
  keyed(
    'facebook-app-access-token',
    'Facebook app access token (app id|app secret)',
    ['facebook', 'fb_'],
    '[0-9]{15,16}(?:\\||%7C)[A-Za-z0-9_-]{27,40}',
    () => `${fakeToken(DIGITS, 15)}|${fakeToken(BASE64URL, 32)}`,
    { setting: 'FACEBOOK_ACCESS_TOKEN' },
  ),
] satisfies SecretRule[];
