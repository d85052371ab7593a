import {loadConfig, ConfigError} from '../load';

const prod = {
  NODE_ENV: 'production',
  SHOPIFY_API_KEY: 'key',
  SHOPIFY_API_SECRET: 'a-real-secret-of-32-characters!!',
  SHOPIFY_APP_URL: 'https://touch.example.com/',
  SCOPES: 'read_orders,read_customers',
  PORT: '3000',
  MONGODB_URI: 'mongodb+srv://u:p@cluster/ht',
  SMTP_URL: 'smtps://mail.example.com',
  ENCRYPTION_KEY: 'ab'.repeat(32),
};

describe('loadConfig', () => {
  it('when production has every variable, then it loads them and defaults nothing', () => {
    const {config, defaulted} = loadConfig(prod);
    expect(defaulted).toEqual([]);
    expect(config).toMatchObject({
      PORT: 3000,
      SHOPIFY_APP_URL: 'https://touch.example.com',
      RUN_WORKER: true,
    });
  });

  it.each(['SHOPIFY_API_SECRET', 'MONGODB_URI', 'ENCRYPTION_KEY', 'SHOPIFY_APP_URL'])(
    'when production lacks %s, then boot fails naming it',
    (name) => {
      const env: Record<string, string> = {...prod};
      delete env[name];
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(name);
    },
  );

  it('when a value is malformed, then boot fails with the reason', () => {
    expect(() => loadConfig({...prod, ENCRYPTION_KEY: 'short'})).toThrow(
      /ENCRYPTION_KEY: 32 bytes/,
    );
    expect(() => loadConfig({...prod, SCOPES: 'read orders'})).toThrow(/SCOPES/);
  });

  it('when local mode leaves variables unset, then they take defaults and explicit values win', () => {
    const {config, defaulted} = loadConfig({
      MONGODB_URI: 'mongodb://127.0.0.1:1/x',
      PORT: '9000',
      SHOPIFY_API_KEY: 'mine',
    });
    expect(config.SHOPIFY_API_KEY).toBe('mine');
    expect(config.SHOPIFY_APP_URL).toBe('http://localhost:9000');
    expect(defaulted).toEqual(
      expect.arrayContaining(['SHOPIFY_API_SECRET', 'SCOPES', 'ENCRYPTION_KEY']),
    );
    expect(defaulted).not.toContain('SHOPIFY_API_KEY');
  });
});
